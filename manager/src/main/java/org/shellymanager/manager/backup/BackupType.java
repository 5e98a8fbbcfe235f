package org.shellymanager.manager.backup;

/**
 * What an archive holds: every row ({@code FULL}), the rows changed since the previous archive of its chain
 * ({@code INCREMENTAL}), or the rows changed since the chain's full backup ({@code DIFFERENTIAL}).
 */
public enum BackupType {
    FULL, INCREMENTAL, DIFFERENTIAL
}
