-- Portable SQL: the same migration runs on the embedded H2 file database and on PostgreSQL.

CREATE TABLE course (
    code       VARCHAR(64)              PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE student (
    id           VARCHAR(36)              PRIMARY KEY,
    course_code  VARCHAR(64)              NOT NULL REFERENCES course (code),
    name         VARCHAR(120)             NOT NULL,
    resume_token VARCHAR(64)              NOT NULL UNIQUE,
    joined_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE instructor (
    username      VARCHAR(100)             PRIMARY KEY,
    password_hash VARCHAR(200)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per graded attempt, written once and never updated: a row exists whole or not at all.
CREATE TABLE submission (
    id           VARCHAR(36)              PRIMARY KEY,
    student_id   VARCHAR(36)              NOT NULL REFERENCES student (id),
    exercise_id  VARCHAR(120)             NOT NULL,
    dialect      VARCHAR(16)              NOT NULL,
    code         TEXT                     NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    graded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    stream_seed  BIGINT                   NOT NULL,
    score        DOUBLE PRECISION         NOT NULL,
    passed       INTEGER                  NOT NULL,
    total        INTEGER                  NOT NULL,
    verdict      VARCHAR(20)              NOT NULL,
    detail       TEXT                     NOT NULL,
    verdicts     TEXT                     NOT NULL
);

CREATE INDEX submission_by_student ON submission (student_id, exercise_id);
CREATE INDEX submission_by_exercise ON submission (exercise_id);

-- Written in the same transaction as each submission, so the catalog and dashboard need no scan of the code.
CREATE TABLE progress (
    student_id         VARCHAR(36)              NOT NULL REFERENCES student (id),
    exercise_id        VARCHAR(120)             NOT NULL,
    attempts           INTEGER                  NOT NULL,
    best_score         DOUBLE PRECISION         NOT NULL,
    first_submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    passed_at          TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (student_id, exercise_id)
);
