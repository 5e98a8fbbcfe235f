CREATE TABLE devices (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    mac                VARCHAR(12)  NOT NULL,
    device_id          VARCHAR(128) NOT NULL,
    model              VARCHAR(64)  NOT NULL,
    generation         INTEGER      NOT NULL,
    firmware           VARCHAR(128) NOT NULL,
    host               VARCHAR(255) NOT NULL,
    port               INTEGER      NOT NULL,
    name               VARCHAR(255),
    room               VARCHAR(255),
    notes              TEXT,
    status             VARCHAR(16)  NOT NULL,
    online             BOOLEAN      NOT NULL,
    auth_required      BOOLEAN      NOT NULL,
    needs_credentials  BOOLEAN      NOT NULL,
    credentials        TEXT,
    capabilities       VARCHAR(1024) NOT NULL,
    first_seen         BIGINT       NOT NULL,
    last_seen          BIGINT       NOT NULL,
    CONSTRAINT uq_devices_mac UNIQUE (mac)
);

CREATE INDEX ix_devices_address ON devices (host, port);

CREATE TABLE device_tags (
    device_id  VARCHAR(36)  NOT NULL,
    tag        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (device_id, tag),
    CONSTRAINT fk_device_tags_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

CREATE INDEX ix_device_tags_tag ON device_tags (tag);
