-- Measuring what matters (DOMAIN.md section 5): short reflections after a session, and links
-- between a person and who they were in an earlier camp, so "returning residents" is counted
-- from facts (the same account, or a planner's confirmation), never guessed from names.

-- A reflection of someone who was on a session, written after it ended. Only the camp's planners
-- read it; its author may allow it to be quoted without their name, and a youth's quote waits
-- for a planner's review.
CREATE TABLE reflection (
    id            BIGINT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    camp_id       BIGINT        NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    person_id     BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    session_id    VARCHAR(64)   NOT NULL,
    session_title VARCHAR(200)  NOT NULL,
    session_start TIMESTAMP     NOT NULL,
    session_end   TIMESTAMP     NOT NULL,
    rating        INTEGER       NOT NULL CHECK (rating BETWEEN 1 AND 5),
    story         VARCHAR(600),
    quote_allowed BOOLEAN       NOT NULL,
    youth         BOOLEAN       NOT NULL,
    reviewed_by   VARCHAR(200),
    written_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reflection_once UNIQUE (person_id, session_id)
);

CREATE INDEX reflection_camp_session ON reflection (camp_id, session_id);

-- "This person is who that person was in an earlier camp": found when an account moves to a new
-- camp's person, or confirmed by a planner who plans both camps.
CREATE TABLE earlier_camp_link (
    person_id         BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    earlier_person_id BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    found_by          VARCHAR(10) NOT NULL,
    linked_by         VARCHAR(60) NOT NULL,
    linked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, earlier_person_id),
    CONSTRAINT earlier_camp_link_not_self CHECK (person_id <> earlier_person_id)
);
