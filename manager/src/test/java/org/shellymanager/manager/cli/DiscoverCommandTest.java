package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscoverCommandTest {

    private static final String QUEUED = """
            {"id":"job-7","kind":"DISCOVERY","state":"QUEUED","startedBy":"api","createdAt":"2026-05-01T10:00:00Z",
             "startedAt":null,"finishedAt":null,"progress":{"done":0,"total":254},"summary":null,"results":[]}""";
    private static final String RUNNING = """
            {"id":"job-7","kind":"DISCOVERY","state":"RUNNING","startedBy":"api","createdAt":"2026-05-01T10:00:00Z",
             "startedAt":"2026-05-01T10:00:01Z","finishedAt":null,"progress":{"done":120,"total":254},"summary":null,"results":[]}""";

    private RecordedApi api;

    @BeforeEach
    void startApi() throws IOException {
        api = new RecordedApi();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private static String finished(String state) {
        return """
                {"id":"job-7","kind":"DISCOVERY","state":"%s","startedBy":"api","createdAt":"2026-05-01T10:00:00Z",
                 "startedAt":"2026-05-01T10:00:01Z","finishedAt":"2026-05-01T10:00:09Z","progress":{"done":254,"total":254},
                 "summary":"2 found, 1 needs credentials, 251 unreachable","results":[
                   {"target":"10.0.0.7:80","outcome":"ADDED","message":"Shelly Plus 1PM","deviceId":"dev-1"},
                   {"target":"10.0.0.8:80","outcome":"NEEDS_CREDENTIALS","message":"login required","deviceId":"dev-2"},
                   {"target":"10.0.0.9:80","outcome":"UNREACHABLE","message":"connection refused","deviceId":null},
                   {"target":"10.0.0.10:80","outcome":"UNREACHABLE","message":"connection refused","deviceId":null}]}"""
                .formatted(state);
    }

    @Test
    void startsTheScanWithTheTargetsAndLoginAndPrintsHowToFollowIt() {
        api.reply("POST", "/api/v1/discovery/scans", 202, QUEUED);

        CliRun run = CliRun.run("discover", "10.0.0.0/24", "10.0.1.5-9,10.0.2.1", "--password", "pw", "--server", api.url());

        assertThat(run.status()).isZero();
        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::body).isEqualTo(
                "{\"targets\":[\"10.0.0.0/24\",\"10.0.1.5-9,10.0.2.1\"],\"credentials\":{\"username\":\"admin\",\"password\":\"pw\"}}");
        assertThat(run.out()).contains("job job-7").contains("shelly-manager jobs show job-7");
    }

    @Test
    void mdnsMayStandInForTheTargets() {
        api.reply("POST", "/api/v1/discovery/scans", 202, QUEUED);

        CliRun run = CliRun.run("discover", "--mdns", "--server", api.url());

        assertThat(run.status()).isZero();
        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::body)
                .isEqualTo("{\"targets\":[],\"mdns\":true}");
    }

    @Test
    void neitherTargetsNorMdnsIsABadUsage() {
        CliRun run = CliRun.run("discover", "--server", api.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--mdns");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void waitFollowsTheJobWithPlainProgressLinesWhenNotOnATerminalThenListsWhatAnswered() {
        api.reply("POST", "/api/v1/discovery/scans", 202, QUEUED)
                .reply("GET", "/api/v1/jobs/job-7", 200, RUNNING)
                .reply("GET", "/api/v1/jobs/job-7", 200, finished("SUCCEEDED"));

        CliRun run = CliRun.run("discover", "10.0.0.0/24", "--wait", "--server", api.url());

        assertThat(run.status()).isZero();
        assertThat(run.err().lines()).containsExactly("DISCOVERY RUNNING: 120/254 (47%)", "DISCOVERY SUCCEEDED: 254/254 (100%)");
        assertThat(run.out().lines()).containsExactly(
                "Job job-7 (DISCOVERY): SUCCEEDED, 254/254 done",
                "Summary: 2 found, 1 needs credentials, 251 unreachable",
                "TARGET       OUTCOME            DEVICE  MESSAGE",
                "10.0.0.7:80  ADDED              dev-1   Shelly Plus 1PM",
                "10.0.0.8:80  NEEDS_CREDENTIALS  dev-2   login required",
                "2 address(es) did not answer; '-o json' lists them.");
    }

    @Test
    void waitEndsWithFailureStatusWhenTheJobDoesNotSucceed() {
        api.reply("POST", "/api/v1/discovery/scans", 202, QUEUED)
                .reply("GET", "/api/v1/jobs/job-7", 200, finished("CANCELLED"));

        CliRun run = CliRun.run("discover", "10.0.0.0/24", "--wait", "-o", "json", "--server", api.url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("\"state\" : \"CANCELLED\"").contains("\"outcome\" : \"UNREACHABLE\"");
    }

    @Test
    void refusedTargetsPrintTheServersReasonAndCode() {
        api.reply("POST", "/api/v1/discovery/scans", 400, """
                {"title":"Scan too large","status":400,"code":"scan.too-large",
                 "detail":"invalid scan target '10.0.0.0/8': covers 16,777,214 addresses, more than the 4,096 one scan may cover"}""");

        CliRun run = CliRun.run("discover", "10.0.0.0/8", "--server", api.url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: invalid scan target '10.0.0.0/8': covers 16,777,214 addresses, more than"
                + " the 4,096 one scan may cover [scan.too-large, HTTP 400]" + System.lineSeparator());
    }

    @Test
    void jobsListPrintsOneRowPerJob() {
        api.reply("GET", "/api/v1/jobs", 200, "{\"items\":[" + finished("SUCCEEDED") + "],\"total\":1,\"page\":0,\"size\":50}");

        CliRun run = CliRun.run("jobs", "list", "--state", "succeeded", "--server", api.url());

        assertThat(run.out().lines()).containsExactly(
                "ID     KIND       STATE      PROGRESS  STARTED BY  CREATED               FINISHED",
                "job-7  DISCOVERY  SUCCEEDED  254/254   api         2026-05-01T10:00:00Z  2026-05-01T10:00:09Z",
                "1 of 1 jobs");
        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::pathAndQuery)
                .isEqualTo("/api/v1/jobs?state=SUCCEEDED&page=0&size=50");
    }
}
