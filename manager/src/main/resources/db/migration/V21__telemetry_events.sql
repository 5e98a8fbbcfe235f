-- Telemetry: input events (button pushes), from Gen2+ NotifyEvent and from Gen1 input event counters.
-- Portable SQL for SQLite, PostgreSQL and MariaDB. Times are epoch milliseconds (UTC).
CREATE TABLE telemetry_events (
    device_id   VARCHAR(36) NOT NULL,
    channel     VARCHAR(64) NOT NULL,
    ts          BIGINT      NOT NULL,
    event       VARCHAR(64) NOT NULL,
    event_count INTEGER,
    CONSTRAINT fk_telemetry_events_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

CREATE INDEX ix_telemetry_events_device ON telemetry_events (device_id, ts);
CREATE INDEX ix_telemetry_events_ts ON telemetry_events (ts);
