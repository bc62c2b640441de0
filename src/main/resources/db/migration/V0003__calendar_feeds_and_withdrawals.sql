-- Volunteers' calendar feeds and "I can't make it".

-- The secret part of a person's calendar feed URL; a new one replaces (and kills) the old.
ALTER TABLE user_account ADD COLUMN calendar_token VARCHAR(64);
CREATE UNIQUE INDEX user_account_calendar_token ON user_account (calendar_token);

-- A person withdrawing from a seat of a published revision, until planners re-plan it.
CREATE TABLE withdrawal (
    id              BIGINT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    camp_id         BIGINT        NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    person_id       BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    revision_number INTEGER       NOT NULL,
    session_id      VARCHAR(64)   NOT NULL,
    role            VARCHAR(64)   NOT NULL,
    seat_index      INTEGER       NOT NULL,
    shift_start     TIMESTAMP     NOT NULL,
    shift_end       TIMESTAMP     NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    replanned_at    TIMESTAMP WITH TIME ZONE,
    replanned_by    VARCHAR(60),
    CONSTRAINT withdrawal_once UNIQUE (camp_id, person_id, revision_number, session_id, role, seat_index)
);

CREATE INDEX withdrawal_camp ON withdrawal (camp_id, replanned_at);
