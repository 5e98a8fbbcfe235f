-- Configuration management (issue 6): the devices a drift run could not read, with the reason.

CREATE TABLE config_drift_unreached (
    report_id    VARCHAR(36)  NOT NULL,
    device_id    VARCHAR(36)  NOT NULL,
    reason       TEXT         NOT NULL,
    PRIMARY KEY (report_id, device_id),
    CONSTRAINT fk_config_drift_unreached_report FOREIGN KEY (report_id) REFERENCES config_drift_reports (id) ON DELETE CASCADE
);
