-- Telemetry: the latest status of every device, raw samples and their 5-minute and hourly aggregates.
-- Portable SQL for SQLite, PostgreSQL and MariaDB. Times are epoch milliseconds (UTC); values in SI units, energy in Wh.
CREATE TABLE device_telemetry (
    device_id    VARCHAR(36)  NOT NULL PRIMARY KEY,
    state        VARCHAR(16)  NOT NULL,
    state_since  BIGINT       NOT NULL,
    last_report  BIGINT,
    last_attempt BIGINT,
    battery      BOOLEAN      NOT NULL,
    readings     TEXT         NOT NULL,
    CONSTRAINT fk_device_telemetry_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

CREATE TABLE telemetry_samples (
    device_id  VARCHAR(36)      NOT NULL,
    channel    VARCHAR(64)      NOT NULL,
    metric     VARCHAR(32)      NOT NULL,
    ts         BIGINT           NOT NULL,
    reading    DOUBLE PRECISION NOT NULL,
    CONSTRAINT fk_telemetry_samples_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

CREATE INDEX ix_telemetry_samples_device ON telemetry_samples (device_id, ts);
CREATE INDEX ix_telemetry_samples_ts ON telemetry_samples (ts);

-- resolution in seconds (300 or 3600); bucket = its start; average = sum_value / samples.
CREATE TABLE telemetry_aggregates (
    device_id   VARCHAR(36)      NOT NULL,
    channel     VARCHAR(64)      NOT NULL,
    metric      VARCHAR(32)      NOT NULL,
    resolution  INTEGER          NOT NULL,
    bucket      BIGINT           NOT NULL,
    min_value   DOUBLE PRECISION NOT NULL,
    max_value   DOUBLE PRECISION NOT NULL,
    sum_value   DOUBLE PRECISION NOT NULL,
    samples     INTEGER          NOT NULL,
    PRIMARY KEY (device_id, resolution, bucket, channel, metric),
    CONSTRAINT fk_telemetry_aggregates_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

CREATE INDEX ix_telemetry_aggregates_bucket ON telemetry_aggregates (resolution, bucket);
