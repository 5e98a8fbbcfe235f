-- Configuration management: when each device's configuration was last compared with its desired state, so that
-- the device list can tell a device in sync from one never checked. Devices already drifting were checked.

CREATE TABLE config_drift_checked (
    device_id    VARCHAR(36)  NOT NULL PRIMARY KEY,
    checked_at   BIGINT       NOT NULL,
    CONSTRAINT fk_config_drift_checked_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

INSERT INTO config_drift_checked (device_id, checked_at)
    SELECT device_id, MAX(since) FROM config_drift_state GROUP BY device_id;
