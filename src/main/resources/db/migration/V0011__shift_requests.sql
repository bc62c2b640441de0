-- Volunteers asking for changes to the published roster: taking an empty seat, swapping a shift
-- with someone, or handing one over. Planners decide; a camp may let offers for empty seats go
-- straight into the published roster when no hard rule breaks.
ALTER TABLE camp ADD COLUMN offers_straight_to_published BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE shift_request (
    id                  BIGINT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    camp_id             BIGINT        NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    kind                VARCHAR(20)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    person_id           BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    revision_number     INTEGER       NOT NULL,
    session_id          VARCHAR(64)   NOT NULL,
    role                VARCHAR(64)   NOT NULL,
    seat_index          INTEGER       NOT NULL,
    shift_start         TIMESTAMP     NOT NULL,
    shift_end           TIMESTAMP     NOT NULL,
    partner_id          BIGINT        REFERENCES person (id) ON DELETE CASCADE,
    partner_session_id  VARCHAR(64),
    partner_role        VARCHAR(64),
    partner_seat_index  INTEGER,
    partner_shift_start TIMESTAMP,
    partner_shift_end   TIMESTAMP,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    partner_answered_at TIMESTAMP WITH TIME ZONE,
    decided_by          VARCHAR(100),
    decided_at          TIMESTAMP WITH TIME ZONE,
    answer              VARCHAR(500)
);

CREATE INDEX shift_request_camp ON shift_request (camp_id, status);
CREATE INDEX shift_request_person ON shift_request (person_id);
CREATE INDEX shift_request_partner ON shift_request (partner_id);
