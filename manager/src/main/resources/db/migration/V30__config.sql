-- Configuration management (issue 6): snapshots, templates, overrides, stored secrets, drift reports.

CREATE TABLE config_snapshots (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    device_id    VARCHAR(36)  NOT NULL,
    version      INTEGER      NOT NULL,
    taken_at     BIGINT       NOT NULL,
    cause        VARCHAR(16)  NOT NULL,
    job_id       VARCHAR(36),
    fingerprint  VARCHAR(64)  NOT NULL,
    model        VARCHAR(64)  NOT NULL,
    generation   INTEGER      NOT NULL,
    CONSTRAINT uq_config_snapshots_version UNIQUE (device_id, version),
    CONSTRAINT fk_config_snapshots_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

-- One row per component or extra (script, schedules, webhooks, KVS), so no single value grows past a TEXT.
CREATE TABLE config_snapshot_sections (
    snapshot_id  VARCHAR(36)  NOT NULL,
    section      VARCHAR(128) NOT NULL,
    content      TEXT         NOT NULL,
    PRIMARY KEY (snapshot_id, section),
    CONSTRAINT fk_config_sections_snapshot FOREIGN KEY (snapshot_id) REFERENCES config_snapshots (id) ON DELETE CASCADE
);

CREATE TABLE config_templates (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    name         VARCHAR(128) NOT NULL,
    description  TEXT,
    priority     INTEGER      NOT NULL,
    assign_to    TEXT         NOT NULL,
    settings     TEXT         NOT NULL,
    updated_at   BIGINT       NOT NULL,
    CONSTRAINT uq_config_templates_name UNIQUE (name)
);

CREATE TABLE config_overrides (
    device_id    VARCHAR(36)  NOT NULL PRIMARY KEY,
    settings     TEXT         NOT NULL,
    variables    TEXT         NOT NULL,
    updated_at   BIGINT       NOT NULL,
    CONSTRAINT fk_config_overrides_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

CREATE TABLE config_secrets (
    name         VARCHAR(128) NOT NULL PRIMARY KEY,
    sealed       TEXT         NOT NULL,
    hash         VARCHAR(64)  NOT NULL,
    updated_at   BIGINT       NOT NULL
);

-- What the manager wrote into a device's write-only fields: sealed value and its hash.
CREATE TABLE config_applied_secrets (
    device_id    VARCHAR(36)  NOT NULL,
    field        VARCHAR(128) NOT NULL,
    sealed       TEXT         NOT NULL,
    hash         VARCHAR(64)  NOT NULL,
    applied_at   BIGINT       NOT NULL,
    PRIMARY KEY (device_id, field),
    CONSTRAINT fk_config_applied_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

CREATE TABLE config_drift_reports (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    started_at       BIGINT       NOT NULL,
    finished_at      BIGINT       NOT NULL,
    trigger_name     VARCHAR(64)  NOT NULL,
    devices_checked  INTEGER      NOT NULL,
    devices_drifted  INTEGER      NOT NULL,
    devices_failed   INTEGER      NOT NULL
);

CREATE INDEX ix_config_drift_reports_started ON config_drift_reports (started_at);

CREATE TABLE config_drift_entries (
    report_id    VARCHAR(36)  NOT NULL,
    seq          INTEGER      NOT NULL,
    device_id    VARCHAR(36)  NOT NULL,
    field        VARCHAR(255) NOT NULL,
    desired      TEXT,
    actual       TEXT,
    since        BIGINT       NOT NULL,
    PRIMARY KEY (report_id, seq),
    CONSTRAINT fk_config_drift_entries_report FOREIGN KEY (report_id) REFERENCES config_drift_reports (id) ON DELETE CASCADE
);

-- When each drifted field was first seen drifting; the row goes when the field is back in line.
CREATE TABLE config_drift_state (
    device_id    VARCHAR(36)  NOT NULL,
    field        VARCHAR(255) NOT NULL,
    since        BIGINT       NOT NULL,
    PRIMARY KEY (device_id, field),
    CONSTRAINT fk_config_drift_state_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);
