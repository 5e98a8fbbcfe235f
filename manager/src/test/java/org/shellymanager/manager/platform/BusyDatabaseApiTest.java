package org.shellymanager.manager.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An API call that changes something while another writer holds SQLite's write lock past the busy timeout. */
class BusyDatabaseApiTest {

    @TempDir
    Path dataDir;

    @Test
    void aWriteOnABusyDatabaseIsAnsweredDatabaseBusyNotAServerError() throws Exception {
        String url = SqliteDefaults.url(dataDir.resolve("busy.db")).replace("busy_timeout=30000", "busy_timeout=300");
        try (RunningServer server = RunningServer.start(dataDir, "--spring.datasource.url=" + url)) {
            assertThat(server.get("/api/v1/devices").status()).isEqualTo(200);
            try (Connection other = DriverManager.getConnection(url); Statement statement = other.createStatement()) {
                other.setAutoCommit(false);
                statement.executeUpdate("DELETE FROM devices");

                RunningServer.Reply reply = server.post("/api/v1/discovery/scans", "{\"targets\":[\"127.0.0.1:9\"]}");

                assertThat(reply.status()).as(reply.text()).isEqualTo(503);
                assertThat(reply.code()).isEqualTo("database.busy");
                assertThat(reply.body().path("detail").asString()).contains("send it again shortly");
            }
        }
    }
}
