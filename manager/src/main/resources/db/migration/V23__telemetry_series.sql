-- History stored by series (docs/telemetry.md, "How history is stored"): each device, channel and metric is named
-- once in telemetry_series, and raw points and aggregates carry its number instead of three text columns. Their
-- primary keys are the only indexes: every query and the retention delete go through a series. Portable SQL for
-- SQLite, PostgreSQL and MariaDB; the rows of the V20 tables are moved here.
CREATE TABLE telemetry_series (
    id         INTEGER     NOT NULL PRIMARY KEY,
    device_id  VARCHAR(36) NOT NULL,
    channel    VARCHAR(64) NOT NULL,
    metric     VARCHAR(32) NOT NULL,
    CONSTRAINT uq_telemetry_series UNIQUE (device_id, channel, metric),
    CONSTRAINT fk_telemetry_series_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

-- Raw points: a reading is stored when it differs from the series' previous stored one, or a heartbeat after it.
CREATE TABLE telemetry_points (
    series_id  INTEGER          NOT NULL,
    ts         BIGINT           NOT NULL,
    reading    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (series_id, ts),
    CONSTRAINT fk_telemetry_points_series FOREIGN KEY (series_id) REFERENCES telemetry_series (id) ON DELETE CASCADE
);

-- resolution in seconds (300 or 3600); bucket = its start; average = sum_value / samples, over every sample polled.
CREATE TABLE telemetry_buckets (
    series_id   INTEGER          NOT NULL,
    resolution  INTEGER          NOT NULL,
    bucket      BIGINT           NOT NULL,
    min_value   DOUBLE PRECISION NOT NULL,
    max_value   DOUBLE PRECISION NOT NULL,
    sum_value   DOUBLE PRECISION NOT NULL,
    samples     INTEGER          NOT NULL,
    PRIMARY KEY (series_id, resolution, bucket),
    CONSTRAINT fk_telemetry_buckets_series FOREIGN KEY (series_id) REFERENCES telemetry_series (id) ON DELETE CASCADE
);

-- How far maintenance has got, per resolution: every bucket before done_until is complete (no row: not started).
CREATE TABLE telemetry_rollup (
    resolution  INTEGER NOT NULL PRIMARY KEY,
    done_until  BIGINT  NOT NULL
);

INSERT INTO telemetry_series (id, device_id, channel, metric)
SELECT ROW_NUMBER() OVER (ORDER BY k.device_id, k.channel, k.metric), k.device_id, k.channel, k.metric
FROM (SELECT device_id, channel, metric FROM telemetry_samples
      UNION SELECT device_id, channel, metric FROM telemetry_aggregates) k;

-- Two samples of one series at the same millisecond become one point (energy adds up, as queries summed it).
INSERT INTO telemetry_points (series_id, ts, reading)
SELECT s.id, t.ts, CASE WHEN s.metric = 'energy' THEN SUM(t.reading) ELSE MAX(t.reading) END
FROM telemetry_samples t
JOIN telemetry_series s ON s.device_id = t.device_id AND s.channel = t.channel AND s.metric = t.metric
GROUP BY s.id, s.metric, t.ts;

INSERT INTO telemetry_buckets (series_id, resolution, bucket, min_value, max_value, sum_value, samples)
SELECT s.id, a.resolution, a.bucket, a.min_value, a.max_value, a.sum_value, a.samples
FROM telemetry_aggregates a
JOIN telemetry_series s ON s.device_id = a.device_id AND s.channel = a.channel AND s.metric = a.metric;

INSERT INTO telemetry_rollup (resolution, done_until)
SELECT resolution, MAX(bucket) + resolution * 1000 FROM telemetry_aggregates GROUP BY resolution;

DROP TABLE telemetry_samples;
DROP TABLE telemetry_aggregates;
