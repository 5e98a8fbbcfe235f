package org.shellymanager.manager.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of the test's own (never the shared one other tests use), on a fixed port and data directory, so
 * that it can be stopped and started again under a running server as a database restart does.
 */
final class OwnPostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres running;

    private OwnPostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static OwnPostgres start() throws IOException {
        OwnPostgres postgres = new OwnPostgres(Files.createTempDirectory("shelly-own-postgres"), freePort());
        postgres.up();
        return postgres;
    }

    /** Settings that point the server at this database. */
    String[] serverArgs() {
        return new String[] {"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-timeout=2000"};
    }

    void up() throws IOException {
        running = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    /** Stops the server process; the data stays. */
    void down() throws IOException {
        running.close();
        running = null;
    }

    Connection connect() throws SQLException {
        return running.getPostgresDatabase().getConnection();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (running != null) {
            down();
        }
    }
}
