package org.shellymanager.manager.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobContext;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.stereotype.Service;

/**
 * Backups and restores run as jobs, so their progress can be followed ({@code GET /api/v1/jobs/{id}}) and a server
 * stopped or killed in the middle leaves a job that says so ({@code INTERRUPTED}) after the restart. A backup is
 * written to a temporary file and moved into place only when complete; a restore is one transaction.
 */
@Service
class BackupJobs {

    private final BackupService backups;
    private final JobService jobs;

    BackupJobs(BackupService backups, JobService jobs) {
        this.backups = backups;
        this.jobs = jobs;
    }

    /** A submitted job and what it will produce. */
    record Submitted<T>(Job job, CompletableFuture<T> outcome) {
    }

    /** Waits for the job; its failure is thrown as it was raised, a job that ended without running as a conflict. */
    <T> T await(Submitted<T> submitted) {
        while (true) {
            try {
                return submitted.outcome().get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                Job now = jobs.get(submitted.job().id());
                if (now.state().finished() && !submitted.outcome().isDone()) {
                    throw new ManagerException(ErrorCode.JOB_FINISHED, "Job " + now.id() + " ended as " + now.state()
                            + " before it ran.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ManagerException(ErrorCode.SERVER_ERROR, "Interrupted while waiting for job " + submitted.job().id() + ".");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(e.getCause());
            }
        }
    }

    /** Writes a backup; the job records one result, the archive ({@code target}: its name, {@code message}: its bytes). */
    Submitted<BackupService.BackupFile> backup(BackupType type, char[] passphrase, String startedBy) {
        return submit(new JobKind.Backup(type.name(), passphrase != null), startedBy, context -> {
            BackupService.BackupFile file = backups.create(type, passphrase, context::advanceLive);
            context.result(new JobResult(file.name(), "WRITTEN", String.valueOf(file.bytes()), null));
            return new Outcome<>(file, "wrote " + file.name() + " (" + file.bytes() + " bytes)");
        });
    }

    /** Restores the stored archive {@code name} with its chain. */
    Submitted<RestoreReport> restoreStored(String name, char[] passphrase, Set<String> sections, boolean dryRun, String startedBy) {
        return submit(new JobKind.Restore(name, dryRun, List.copyOf(sections)), startedBy, context -> summary(
                backups.restoreStored(name, passphrase, sections, dryRun, context::advanceLive), context));
    }

    /** Restores an uploaded archive, which is deleted when the job ends. */
    Submitted<RestoreReport> restoreUpload(Path file, char[] passphrase, Set<String> sections, boolean dryRun, String startedBy) {
        return submit(new JobKind.Restore("uploaded archive", dryRun, List.copyOf(sections)), startedBy, context -> {
            try {
                return summary(backups.restore(file, passphrase, sections, dryRun, context::advanceLive), context);
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }

    /** The report as the job's outcome, with one result a table ({@code message}: its rows) for clients that follow the job. */
    private static Outcome<RestoreReport> summary(RestoreReport report, JobContext context) {
        String outcome = report.dryRun() ? "CHECKED" : "RESTORED";
        report.rows().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(table ->
                context.result(new JobResult(table.getKey(), outcome, String.valueOf(table.getValue()), null)));
        long rows = report.rows().values().stream().mapToLong(Long::longValue).sum();
        return new Outcome<>(report, (report.dryRun() ? "checked " : "restored ") + rows + " rows from " + report.chain());
    }

    private record Outcome<T>(T value, String summary) {
    }

    private interface Work<T> {
        Outcome<T> run(JobContext context) throws Exception;
    }

    private <T> Submitted<T> submit(JobKind kind, String startedBy, Work<T> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        Job job = jobs.submit(kind, startedBy, context -> {
            try {
                Outcome<T> done = work.run(context);
                outcome.complete(done.value());
                return done.summary();
            } catch (Exception | Error e) {
                outcome.completeExceptionally(e);
                throw e;
            }
        });
        return new Submitted<>(job, outcome);
    }
}
