-- Firmware: what every device runs and is offered, the LAN firmware cache, and staged rollouts.
CREATE TABLE firmware_devices (
    device_id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    current_version  VARCHAR(64)  NOT NULL,
    current_build    VARCHAR(128) NOT NULL,
    stable_version   VARCHAR(128),
    beta_version     VARCHAR(128),
    checked_at       BIGINT       NOT NULL,
    behind_since     BIGINT,
    check_error      TEXT,
    CONSTRAINT fk_firmware_devices_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

CREATE TABLE firmware_files (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    model       VARCHAR(64)  NOT NULL,
    version     VARCHAR(64)  NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    token       VARCHAR(64)  NOT NULL,
    added_at    BIGINT       NOT NULL,
    CONSTRAINT uq_firmware_files_model_version UNIQUE (model, version),
    CONSTRAINT uq_firmware_files_token UNIQUE (token)
);

CREATE TABLE firmware_rollouts (
    job_id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    target_kind     VARCHAR(16)  NOT NULL,
    file_id         VARCHAR(36),
    waves           VARCHAR(255) NOT NULL,
    concurrency     INTEGER      NOT NULL,
    max_failure_pct INTEGER      NOT NULL,
    verify_timeout  BIGINT       NOT NULL,
    current_wave    INTEGER      NOT NULL,
    halt_reason     TEXT,
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL,
    CONSTRAINT fk_firmware_rollouts_job FOREIGN KEY (job_id) REFERENCES jobs (id) ON DELETE CASCADE
);

CREATE TABLE firmware_rollout_devices (
    job_id        VARCHAR(36)  NOT NULL,
    device_id     VARCHAR(36)  NOT NULL,
    wave          INTEGER      NOT NULL,
    position      INTEGER      NOT NULL,
    label         VARCHAR(255) NOT NULL,
    outcome       VARCHAR(24)  NOT NULL,
    message       TEXT,
    from_version  VARCHAR(64),
    to_version    VARCHAR(64),
    waiting_since BIGINT,
    finished_at   BIGINT,
    PRIMARY KEY (job_id, device_id),
    CONSTRAINT fk_firmware_rollout_devices_rollout FOREIGN KEY (job_id) REFERENCES firmware_rollouts (job_id) ON DELETE CASCADE
);

CREATE INDEX ix_firmware_rollout_devices_wave ON firmware_rollout_devices (job_id, wave, position);
