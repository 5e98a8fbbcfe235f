-- Change tracking for incremental and differential backups (docs/backup.md). The server installs triggers on every
-- application table at start-up that record the key of each inserted, updated or deleted row here, numbered in
-- order; an incremental archive holds the current rows of the keys changed since its parent and a tombstone for
-- each key that no longer exists.
CREATE TABLE backup_changes (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    table_name  VARCHAR(64)  NOT NULL,
    row_key     TEXT         NOT NULL
);

-- One row: the lineage names an unbroken change history (a new one after a restore or a gap in tracking),
-- pruned_through is the highest change number already deleted, below which no chain can continue, and suspended
-- (0 or 1) is set only inside a restore's own transaction, so that its rows are not recorded one by one.
CREATE TABLE backup_tracking (
    id              INTEGER      NOT NULL PRIMARY KEY,
    lineage         VARCHAR(36),
    pruned_through  BIGINT       NOT NULL,
    suspended       INTEGER      NOT NULL
);

INSERT INTO backup_tracking (id, lineage, pruned_through, suspended) VALUES (1, NULL, 0, 0);
