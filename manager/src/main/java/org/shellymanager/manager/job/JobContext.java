package org.shellymanager.manager.job;

/** What a running job sees of the job mechanism. */
public interface JobContext {

    String jobId();

    /** Sets how many units of work there are. */
    void total(int total);

    /** Counts one more unit of work as done. */
    void advance();

    /**
     * Counts units of work as done in the live progress only ({@code GET /api/v1/jobs/{id}}); stored when the job
     * ends. For work that holds the database's write lock meanwhile (a restore into SQLite) or counts rows by the
     * million. By default each unit is counted as {@link #advance()} counts it.
     */
    default void advanceLive(long units) {
        for (long i = 0; i < units; i++) {
            advance();
        }
    }

    /** Records the outcome for one target; results are stored as they come. */
    void result(JobResult result);

    /** True once someone asked to cancel the job (or the server is stopping); the work should then return. */
    boolean cancelled();
}
