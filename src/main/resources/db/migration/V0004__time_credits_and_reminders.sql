-- Time credits (DOMAIN.md section 5) and shift reminders.

-- Confirmed attendance: what earns time credits, 1 hour = 1 credit. Once per person and session.
CREATE TABLE attendance (
    id                BIGINT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    camp_id           BIGINT        NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    person_id         BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    session_id        VARCHAR(64)   NOT NULL,
    session_title     VARCHAR(200)  NOT NULL,
    shift_start       TIMESTAMP     NOT NULL,
    shift_end         TIMESTAMP     NOT NULL,
    hours             DOUBLE PRECISION NOT NULL,
    confirmed_by      VARCHAR(60)   NOT NULL,
    confirmed_by_name VARCHAR(200)  NOT NULL,
    confirmed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT attendance_once UNIQUE (person_id, session_id)
);

-- Credits a planner records as spent, e.g. a camp place for a child.
CREATE TABLE credit_spent (
    id           BIGINT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    camp_id      BIGINT        NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    person_id    BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    hours        DOUBLE PRECISION NOT NULL CHECK (hours > 0),
    what         VARCHAR(300)  NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One reminder per person and shift, whichever app instance sends it and however often it restarts.
CREATE TABLE reminder_sent (
    person_id   BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    camp_id     BIGINT      NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    session_id  VARCHAR(64) NOT NULL,
    role        VARCHAR(64) NOT NULL,
    seat_index  INTEGER     NOT NULL,
    shift_start TIMESTAMP   NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, session_id, role, seat_index, shift_start)
);

-- db-scheduler's table: the reminder job runs on one instance at a time, on the same database.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);
