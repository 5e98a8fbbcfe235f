-- Exports as delivered: who ran which exporter when, and the SHA-256 of the delivered bytes (docs/export.md).
CREATE TABLE export_history (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    exporter      VARCHAR(64)  NOT NULL,
    format        VARCHAR(32)  NOT NULL,
    options       TEXT         NOT NULL,
    started_by    VARCHAR(255) NOT NULL,
    created_at    BIGINT       NOT NULL,
    device_count  INTEGER      NOT NULL,
    file_count    INTEGER      NOT NULL,
    bytes         BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL
);

CREATE INDEX ix_export_history_created ON export_history (created_at);
