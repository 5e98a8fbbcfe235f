-- Portable SQL for SQLite, PostgreSQL and MariaDB. Times are epoch milliseconds (UTC) in BIGINT columns.
CREATE TABLE settings (
    name        VARCHAR(128) NOT NULL PRIMARY KEY,
    setting     TEXT         NOT NULL,
    updated_at  BIGINT       NOT NULL
);
