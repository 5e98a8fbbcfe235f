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
 * History writes as the server batches them: one transaction of 1,000 samples into a SQLite file in WAL mode with
 * the shape and indexes of the server's {@code telemetry_samples} table (migration V20; the manager's classes are in
 * its Spring Boot jar and cannot be called from here, so the statement is the same SQL, not the same code).
 * Reported per sample.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HistoryWriteBenchmark {

    private static final int BATCH = 1_000;

    private Path dir;
    private Connection db;
    private PreparedStatement insert;
    private final String[] devices = new String[200];
    private long ts;

    @Setup
    public void open() throws Exception {
        for (int i = 0; i < devices.length; i++) {
            devices[i] = String.format("00000000-0000-4000-8000-%012d", i);
        }
        dir = Files.createTempDirectory("shelly-jmh-history");
        db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
        try (Statement ddl = db.createStatement()) {
            ddl.execute("PRAGMA journal_mode=WAL");
            ddl.execute("PRAGMA synchronous=NORMAL");
            ddl.execute("CREATE TABLE telemetry_samples (device_id VARCHAR(36) NOT NULL, channel VARCHAR(64) NOT NULL, "
                    + "metric VARCHAR(32) NOT NULL, ts BIGINT NOT NULL, reading DOUBLE PRECISION NOT NULL)");
            ddl.execute("CREATE INDEX ix_telemetry_samples_device ON telemetry_samples (device_id, ts)");
            ddl.execute("CREATE INDEX ix_telemetry_samples_ts ON telemetry_samples (ts)");
        }
        db.setAutoCommit(false);
        insert = db.prepareStatement("INSERT INTO telemetry_samples (device_id, channel, metric, ts, reading) VALUES (?, ?, ?, ?, ?)");
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void writeBatchOf1000Samples() throws SQLException {
        for (int i = 0; i < BATCH; i++) {
            insert.setString(1, devices[i % devices.length]);
            insert.setString(2, "switch:" + (i % 4));
            insert.setString(3, i % 2 == 0 ? "power" : "energy");
            insert.setLong(4, ts++);
            insert.setDouble(5, i * 0.5);
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
