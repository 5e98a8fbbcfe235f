CREATE TABLE jobs (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind            VARCHAR(32)  NOT NULL,
    parameters      TEXT         NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    started_by      VARCHAR(255) NOT NULL,
    created_at      BIGINT       NOT NULL,
    started_at      BIGINT,
    finished_at     BIGINT,
    progress_done   INTEGER      NOT NULL,
    progress_total  INTEGER      NOT NULL,
    summary         TEXT
);

CREATE INDEX ix_jobs_created ON jobs (created_at);

CREATE TABLE job_results (
    job_id     VARCHAR(36)  NOT NULL,
    seq        INTEGER      NOT NULL,
    target     VARCHAR(255) NOT NULL,
    outcome    VARCHAR(32)  NOT NULL,
    message    TEXT,
    device_id  VARCHAR(36),
    PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_job_results_job FOREIGN KEY (job_id) REFERENCES jobs (id) ON DELETE CASCADE
);
