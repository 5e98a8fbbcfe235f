package org.shellymanager.manager.platform;

import org.springframework.http.HttpStatus;

/**
 * The one catalogue of error codes the API answers with, each mapped to its HTTP status here and nowhere else.
 * The codes are stable: clients match on them, so a code is never renamed or reused.
 */
public enum ErrorCode {
    REQUEST_INVALID("request.invalid", HttpStatus.BAD_REQUEST, "Invalid request"),
    REQUEST_NOT_FOUND("request.not-found", HttpStatus.NOT_FOUND, "No such resource"),
    REQUEST_METHOD_NOT_ALLOWED("request.method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    REQUEST_MEDIA_TYPE("request.media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    REQUEST_NOT_ACCEPTABLE("request.not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    DEVICE_NOT_FOUND("device.not-found", HttpStatus.NOT_FOUND, "Device not found"),
    DEVICE_DUPLICATE("device.duplicate", HttpStatus.CONFLICT, "Device already in the inventory"),
    DEVICE_UNREACHABLE("device.unreachable", HttpStatus.UNPROCESSABLE_CONTENT, "Device unreachable"),
    DEVICE_UNAUTHORIZED("device.unauthorized", HttpStatus.UNPROCESSABLE_CONTENT, "Device refused the credentials"),
    DEVICE_NOT_SHELLY("device.not-shelly", HttpStatus.UNPROCESSABLE_CONTENT, "Not a Shelly device"),
    SCAN_TARGET_INVALID("scan.target-invalid", HttpStatus.BAD_REQUEST, "Invalid scan target"),
    SCAN_TOO_LARGE("scan.too-large", HttpStatus.BAD_REQUEST, "Scan too large"),
    NETWORK_NOT_FOUND("network.not-found", HttpStatus.NOT_FOUND, "Network not found"),
    NETWORK_DUPLICATE("network.duplicate", HttpStatus.CONFLICT, "Network name already used"),
    NETWORK_SCHEDULE_INVALID("network.schedule-invalid", HttpStatus.BAD_REQUEST, "Invalid discovery schedule"),
    JOB_NOT_FOUND("job.not-found", HttpStatus.NOT_FOUND, "Job not found"),
    JOB_FINISHED("job.finished", HttpStatus.CONFLICT, "Job already finished"),
    AUTH_REQUIRED("auth.required", HttpStatus.UNAUTHORIZED, "Authentication required"),
    AUTH_BAD_CREDENTIALS("auth.bad-credentials", HttpStatus.UNAUTHORIZED, "Wrong username or password"),
    AUTH_TOKEN_INVALID("auth.token-invalid", HttpStatus.UNAUTHORIZED, "Invalid API token"),
    AUTH_TOKEN_INACTIVE("auth.token-inactive", HttpStatus.UNAUTHORIZED, "API token expired or revoked"),
    AUTH_FORBIDDEN("auth.forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    AUTH_LOCKED("auth.locked", HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins"),
    REQUEST_RATE_LIMITED("request.rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    USER_NOT_FOUND("user.not-found", HttpStatus.NOT_FOUND, "User not found"),
    USER_DUPLICATE("user.duplicate", HttpStatus.CONFLICT, "Username already taken"),
    USER_LAST_ADMIN("user.last-admin", HttpStatus.CONFLICT, "The last admin must stay"),
    TOKEN_NOT_FOUND("token.not-found", HttpStatus.NOT_FOUND, "API token not found"),
    OUTBOUND_URL_REFUSED("outbound.url-refused", HttpStatus.BAD_REQUEST, "URL not allowed"),
    KEY_ROTATION_UNAVAILABLE("key.rotation-unavailable", HttpStatus.CONFLICT, "Key rotation not possible here"),
    EXPORT_UNKNOWN("export.unknown-exporter", HttpStatus.NOT_FOUND, "No such exporter"),
    EXPORT_OPTIONS_INVALID("export.options-invalid", HttpStatus.BAD_REQUEST, "Invalid export options"),
    EXPORT_SCHEDULE_INVALID("export.schedule-invalid", HttpStatus.BAD_REQUEST, "Invalid export schedule"),
    EXPORT_SCHEDULE_NOT_FOUND("export.schedule-not-found", HttpStatus.NOT_FOUND, "Export schedule not found"),
    EXPORT_SCHEDULE_DUPLICATE("export.schedule-duplicate", HttpStatus.CONFLICT, "Export schedule name already used"),
    EXPORT_WEBHOOK_INVALID("export.webhook-invalid", HttpStatus.BAD_REQUEST, "Invalid export webhook"),
    EXPORT_CHECK_FAILED("export.check-failed", HttpStatus.INTERNAL_SERVER_ERROR, "Export output failed its check"),
    IMPORT_FORMAT_UNKNOWN("import.format-unknown", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Import format not recognised"),
    IMPORT_INVALID("import.invalid", HttpStatus.UNPROCESSABLE_CONTENT, "Import file has errors"),
    ARCHIVE_CORRUPT("archive.corrupt", HttpStatus.UNPROCESSABLE_CONTENT, "Archive is damaged"),
    ARCHIVE_PASSPHRASE("archive.passphrase", HttpStatus.UNPROCESSABLE_CONTENT, "Archive passphrase missing or wrong"),
    ARCHIVE_VERSION("archive.version-unsupported", HttpStatus.UNPROCESSABLE_CONTENT, "Archive version not supported"),
    RESTORE_TARGET_NOT_EMPTY("restore.target-not-empty", HttpStatus.CONFLICT, "Restore target is not empty"),
    BACKUP_NOT_FOUND("backup.not-found", HttpStatus.NOT_FOUND, "Backup not found"),
    BACKUP_CHAIN_BROKEN("backup.chain-broken", HttpStatus.CONFLICT, "Backup chain incomplete or mismatched"),
    BACKUP_EXISTS("backup.exists", HttpStatus.CONFLICT, "Another backup of that name exists"),
    FIRMWARE_FILE_NOT_FOUND("firmware.file-not-found", HttpStatus.NOT_FOUND, "Firmware file not found"),
    FIRMWARE_FILE_DUPLICATE("firmware.file-duplicate", HttpStatus.CONFLICT, "Firmware file already cached"),
    FIRMWARE_FILE_TOO_LARGE("firmware.file-too-large", HttpStatus.CONTENT_TOO_LARGE, "Firmware file too large"),
    FIRMWARE_CHECKSUM_MISMATCH("firmware.checksum-mismatch", HttpStatus.UNPROCESSABLE_CONTENT, "Firmware checksum does not match"),
    ROLLOUT_NOT_FOUND("rollout.not-found", HttpStatus.NOT_FOUND, "Rollout not found"),
    ROLLOUT_STATE_CONFLICT("rollout.state-conflict", HttpStatus.CONFLICT, "Rollout is not in a state that allows this"),
    ROLLOUT_NO_DEVICES("rollout.no-devices", HttpStatus.UNPROCESSABLE_CONTENT, "No devices to update"),
    CONFIG_SNAPSHOT_NOT_FOUND("config.snapshot-not-found", HttpStatus.NOT_FOUND, "Configuration snapshot not found"),
    CONFIG_SECRET_NOT_FOUND("config.secret-not-found", HttpStatus.NOT_FOUND, "Stored secret not found"),
    CONFIG_MODEL_MISMATCH("config.model-mismatch", HttpStatus.UNPROCESSABLE_CONTENT, "Snapshot is of another model"),
    CONFIG_DRIFT_REPORT_NOT_FOUND("config.drift-report-not-found", HttpStatus.NOT_FOUND, "Drift report not found"),
    TEMPLATE_NOT_FOUND("template.not-found", HttpStatus.NOT_FOUND, "Template not found"),
    TEMPLATE_DUPLICATE("template.duplicate", HttpStatus.CONFLICT, "Template name already used"),
    TEMPLATE_INVALID("template.invalid", HttpStatus.BAD_REQUEST, "Invalid template"),
    CONTROL_REJECTED("control.rejected", HttpStatus.UNPROCESSABLE_CONTENT, "Device refused the command"),
    CONTROL_NO_DEVICES("control.no-devices", HttpStatus.UNPROCESSABLE_CONTENT, "No devices to control"),
    DATABASE_BUSY("database.busy", HttpStatus.SERVICE_UNAVAILABLE, "Database busy"),
    HISTORY_DAMAGED("history.damaged", HttpStatus.INTERNAL_SERVER_ERROR, "Stored history is damaged"),
    SERVER_ERROR("server.error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final String code;
    private final HttpStatus status;
    private final String title;

    ErrorCode(String code, HttpStatus status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The code a plain HTTP status stands for, for errors raised by the web framework itself. */
    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> AUTH_REQUIRED;
            case 403 -> AUTH_FORBIDDEN;
            case 404 -> REQUEST_NOT_FOUND;
            case 405 -> REQUEST_METHOD_NOT_ALLOWED;
            case 406 -> REQUEST_NOT_ACCEPTABLE;
            case 415 -> REQUEST_MEDIA_TYPE;
            case 429 -> REQUEST_RATE_LIMITED;
            default -> status >= 500 ? SERVER_ERROR : REQUEST_INVALID;
        };
    }
}
