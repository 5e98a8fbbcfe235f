package org.shellymanager.manager.backup;

import java.sql.Types;

/**
 * How a column's values are written in an archive, independent of the database: the same archive restores into
 * SQLite, PostgreSQL or MariaDB, whatever each calls the type. SQLite's driver reports a {@code BLOB} column as
 * {@code VARCHAR}, so there the type's name says it is binary.
 */
enum ColumnKind {
    TEXT, INTEGER, DECIMAL, BOOLEAN, BINARY;

    static ColumnKind of(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.BIT, Types.BOOLEAN -> BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> "BOOLEAN".equalsIgnoreCase(typeName) ? BOOLEAN : INTEGER;
            case Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> typeName != null && typeName.toUpperCase(java.util.Locale.ROOT).contains("BLOB") ? BINARY : TEXT;
        };
    }
}
