package org.shellymanager.manager.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.Generation;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.job.JobState;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.platform.RunningServer;

/**
 * The server's SQLite database under several writers at once: threads recording and renaming devices while jobs
 * store their results. Every write must land; none may fail with {@code SQLITE_BUSY}.
 */
class ConcurrentSqliteWritersTest {

    private static final int THREADS = 8;
    private static final int DEVICES_PER_THREAD = 25;
    private static final int JOBS = 6;
    private static final int RESULTS_PER_JOB = 50;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start("--shelly-manager.jobs.concurrency=3");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void concurrentDeviceAndJobWritersAllSucceedAndNothingIsLost() throws Exception {
        InventoryService inventory = server.bean(InventoryService.class);
        JobService jobs = server.bean(JobService.class);
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            writers.add(() -> {
                for (int i = 0; i < DEVICES_PER_THREAD; i++) {
                    String mac = HexFormat.of().withUpperCase().formatHex(new byte[] {(byte) 0xEC, 0, 0, 0, (byte) thread, (byte) i});
                    Device device = inventory.record(new Sighting(Identities.of(mac, "SNSW-001P16EU", Generation.GEN2, false),
                            new DeviceAddress("10.20." + thread + "." + (i + 1), 80), null, true)).device();
                    inventory.update(device.id(), new DevicePatch(EnumSet.of(DevicePatch.Field.NAME, DevicePatch.Field.TAGS),
                            "writer " + thread + " device " + i, null, Set.of("w" + thread), null, null));
                }
                return null;
            });
        }
        List<Job> submitted = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(THREADS)) {
            List<Future<Void>> running = writers.stream().map(executor::submit).toList();
            for (int j = 0; j < JOBS; j++) {
                submitted.add(jobs.submit(new JobKind.Discovery(List.of("10.20.0.0/16"), null, false), "test", context -> {
                    context.total(RESULTS_PER_JOB);
                    for (int r = 0; r < RESULTS_PER_JOB; r++) {
                        context.result(new JobResult("10.20.99." + r, "UNREACHABLE", "test", null));
                        context.advance();
                    }
                    return "wrote " + RESULTS_PER_JOB;
                }));
            }
            for (Future<Void> writer : running) {
                writer.get();
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> submitted.stream().allMatch(job -> jobs.get(job.id()).state().finished()));
        for (Job job : submitted) {
            assertThat(jobs.get(job.id()).state()).as("job %s", job.id()).isEqualTo(JobState.SUCCEEDED);
            assertThat(jobs.results(job.id(), 0, 1).total()).isEqualTo(RESULTS_PER_JOB);
        }
        Page<Device> all = inventory.list(new DeviceQuery(null, null, null, null, null, null, null, null, "mac,asc", 0, Page.MAX_SIZE));
        assertThat(all.total()).isEqualTo(THREADS * DEVICES_PER_THREAD);
        assertThat(all.items()).allSatisfy(device -> {
            assertThat(device.name()).startsWith("writer ");
            assertThat(device.tags()).hasSize(1);
        });
    }
}
