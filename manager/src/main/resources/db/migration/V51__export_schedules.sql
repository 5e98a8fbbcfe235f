-- Scheduled exports written to a directory with retention, and where each export went and what its webhook
-- answered (docs/export.md).
CREATE TABLE export_schedules (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    name          VARCHAR(64)   NOT NULL,
    exporter      VARCHAR(64)   NOT NULL,
    format        VARCHAR(32)   NOT NULL,
    options       TEXT          NOT NULL,
    directory     VARCHAR(1024) NOT NULL,
    schedule      VARCHAR(128)  NOT NULL,
    keep_last     INTEGER       NOT NULL,
    enabled       BOOLEAN       NOT NULL,
    created_at    BIGINT        NOT NULL,
    last_run_at   BIGINT,
    last_result   VARCHAR(16),
    last_message  VARCHAR(1024),
    CONSTRAINT uq_export_schedules_name UNIQUE (name)
);

ALTER TABLE export_history ADD COLUMN file_path VARCHAR(1024);
ALTER TABLE export_history ADD COLUMN webhook_result VARCHAR(512);
