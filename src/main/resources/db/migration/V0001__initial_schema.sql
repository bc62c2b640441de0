-- Camp plans as planners edit them. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Every table a planner edits has a version column for optimistic locking.

CREATE SEQUENCE entity_id_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE camp (
    id                                  BIGINT PRIMARY KEY,
    version                             BIGINT       NOT NULL,
    name                                VARCHAR(200) NOT NULL,
    neighbourhood                       VARCHAR(200),
    time_zone                           VARCHAR(64)  NOT NULL,
    start_date                          DATE         NOT NULL,
    end_date                            DATE         NOT NULL,
    travel_minutes_between_sites        INTEGER      NOT NULL,
    weight_fairness                     INTEGER,
    weight_staff_outside_standard_hours INTEGER,
    weight_co_delivery                  INTEGER,
    weight_peer_support                 INTEGER,
    weight_continuity                   INTEGER,
    weight_preferences                  INTEGER,
    weight_stability                    INTEGER,
    created_at                          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT camp_dates_in_order CHECK (end_date >= start_date)
);

CREATE TABLE camp_children_per_adult (
    camp_id            BIGINT      NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    age_group          VARCHAR(20) NOT NULL,
    children_per_adult INTEGER     NOT NULL CHECK (children_per_adult >= 1),
    PRIMARY KEY (camp_id, age_group)
);

CREATE TABLE site (
    id            BIGINT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    camp_id       BIGINT       NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    external_id   VARCHAR(64)  NOT NULL,
    position      INTEGER      NOT NULL,
    name          VARCHAR(200) NOT NULL,
    address       VARCHAR(300),
    CONSTRAINT site_external_id_unique UNIQUE (camp_id, external_id)
);

CREATE TABLE person (
    id                                   BIGINT PRIMARY KEY,
    version                              BIGINT       NOT NULL,
    camp_id                              BIGINT       NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    external_id                          VARCHAR(64)  NOT NULL,
    position                             INTEGER      NOT NULL,
    name                                 VARCHAR(200) NOT NULL,
    kind                                 VARCHAR(16)  NOT NULL,
    youth                                BOOLEAN      NOT NULL,
    experienced                          BOOLEAN      NOT NULL,
    email                                VARCHAR(254),
    phone                                VARCHAR(40),
    max_hours_per_day                    DOUBLE PRECISION,
    max_hours_per_week                   DOUBLE PRECISION,
    min_rest_hours                       DOUBLE PRECISION,
    pledged_hours_per_week               DOUBLE PRECISION,
    max_hours_outside_standard_per_week  DOUBLE PRECISION,
    CONSTRAINT person_external_id_unique UNIQUE (camp_id, external_id)
);

CREATE TABLE person_credential (
    person_id     BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    list_position INTEGER     NOT NULL,
    type          VARCHAR(60) NOT NULL,
    valid_until   DATE,
    PRIMARY KEY (person_id, list_position)
);

CREATE TABLE person_skill (
    person_id     BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    list_position INTEGER     NOT NULL,
    tag           VARCHAR(60) NOT NULL,
    PRIMARY KEY (person_id, list_position)
);

CREATE TABLE person_language (
    person_id     BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    list_position INTEGER     NOT NULL,
    tag           VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, list_position)
);

CREATE TABLE person_like (
    person_id     BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    list_position INTEGER     NOT NULL,
    tag           VARCHAR(60) NOT NULL,
    PRIMARY KEY (person_id, list_position)
);

CREATE TABLE person_dislike (
    person_id     BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    list_position INTEGER     NOT NULL,
    tag           VARCHAR(60) NOT NULL,
    PRIMARY KEY (person_id, list_position)
);

-- weekly windows: to_time <= from_time means the window ends on the next day
CREATE TABLE person_weekly_window (
    person_id     BIGINT     NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    list_position INTEGER    NOT NULL,
    day_of_week   VARCHAR(9) NOT NULL,
    from_time     TIME       NOT NULL,
    to_time       TIME       NOT NULL,
    PRIMARY KEY (person_id, list_position)
);

CREATE TABLE person_standard_hours (
    person_id     BIGINT     NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    list_position INTEGER    NOT NULL,
    day_of_week   VARCHAR(9) NOT NULL,
    from_time     TIME       NOT NULL,
    to_time       TIME       NOT NULL,
    PRIMARY KEY (person_id, list_position)
);

-- local wall-clock date-times in the camp's time zone
CREATE TABLE person_dated_window (
    person_id     BIGINT    NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    list_position INTEGER   NOT NULL,
    start_at      TIMESTAMP NOT NULL,
    end_at        TIMESTAMP NOT NULL,
    PRIMARY KEY (person_id, list_position),
    CHECK (end_at > start_at)
);

CREATE TABLE person_unavailable (
    person_id     BIGINT    NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    list_position INTEGER   NOT NULL,
    start_at      TIMESTAMP NOT NULL,
    end_at        TIMESTAMP NOT NULL,
    PRIMARY KEY (person_id, list_position),
    CHECK (end_at > start_at)
);

CREATE TABLE camp_session (
    id            BIGINT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    camp_id       BIGINT       NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    site_id       BIGINT       NOT NULL REFERENCES site (id),
    external_id   VARCHAR(64)  NOT NULL,
    position      INTEGER      NOT NULL,
    title         VARCHAR(200) NOT NULL,
    activity      VARCHAR(60),
    series_key    VARCHAR(100),
    start_at      TIMESTAMP    NOT NULL,
    end_at        TIMESTAMP    NOT NULL,
    children      INTEGER      NOT NULL CHECK (children >= 0),
    age_group     VARCHAR(20),
    CONSTRAINT session_external_id_unique UNIQUE (camp_id, external_id),
    CONSTRAINT session_end_after_start CHECK (end_at > start_at)
);

CREATE INDEX camp_session_camp_start ON camp_session (camp_id, start_at);

CREATE TABLE seat (
    id            BIGINT PRIMARY KEY,
    version       BIGINT      NOT NULL,
    session_id    BIGINT      NOT NULL REFERENCES camp_session (id) ON DELETE CASCADE,
    position      INTEGER     NOT NULL,
    role          VARCHAR(60) NOT NULL,
    role_index    INTEGER     NOT NULL CHECK (role_index >= 1),
    priority      INTEGER     NOT NULL CHECK (priority BETWEEN 1 AND 100),
    CONSTRAINT seat_role_index_unique UNIQUE (session_id, role, role_index)
);

CREATE TABLE seat_required_credential (
    seat_id       BIGINT      NOT NULL REFERENCES seat (id) ON DELETE CASCADE,
    list_position INTEGER     NOT NULL,
    type          VARCHAR(60) NOT NULL,
    PRIMARY KEY (seat_id, list_position)
);

-- no rows: any kind of person may take the seat
CREATE TABLE seat_allowed_kind (
    seat_id       BIGINT      NOT NULL REFERENCES seat (id) ON DELETE CASCADE,
    list_position INTEGER     NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    PRIMARY KEY (seat_id, list_position)
);

-- who sits in a seat of the camp's working roster; a null person is a seat deliberately left empty
CREATE TABLE assignment (
    id        BIGINT PRIMARY KEY,
    version   BIGINT  NOT NULL,
    seat_id   BIGINT  NOT NULL UNIQUE REFERENCES seat (id) ON DELETE CASCADE,
    person_id BIGINT  REFERENCES person (id) ON DELETE CASCADE,
    pinned    BOOLEAN NOT NULL
);

CREATE INDEX assignment_person ON assignment (person_id);
