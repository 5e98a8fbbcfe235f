package org.shellymanager.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * History writes as the server batches them: one transaction of 1,000 raw points into a SQLite file in WAL mode with
 * the shape and key of the server's {@code telemetry_points} table (migration V23; the manager's classes are in its
 * Spring Boot jar and cannot be called from here, so the statement is the same SQL, not the same code).
 * Reported per point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HistoryWriteBenchmark {

    private static final int BATCH = 1_000;

    private Path dir;
    private Connection db;
    private PreparedStatement insert;
    private static final int SERIES = 800;
    private long ts;

    @Setup
    public void open() throws Exception {
        dir = Files.createTempDirectory("shelly-jmh-history");
        db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
        try (Statement ddl = db.createStatement()) {
            ddl.execute("PRAGMA journal_mode=WAL");
            ddl.execute("PRAGMA synchronous=NORMAL");
            ddl.execute("CREATE TABLE telemetry_points (series_id INTEGER NOT NULL, ts BIGINT NOT NULL, "
                    + "reading DOUBLE PRECISION NOT NULL, PRIMARY KEY (series_id, ts))");
        }
        db.setAutoCommit(false);
        insert = db.prepareStatement("INSERT INTO telemetry_points (series_id, ts, reading) VALUES (?, ?, ?)");
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void writeBatchOf1000Points() throws SQLException {
        for (int i = 0; i < BATCH; i++) {
            insert.setInt(1, i % SERIES + 1);
            insert.setLong(2, ts++);
            insert.setDouble(3, i * 0.5);
            insert.addBatch();
        }
        insert.executeBatch();
        db.commit();
    }

    @TearDown
    public void close() throws Exception {
        insert.close();
        db.close();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
