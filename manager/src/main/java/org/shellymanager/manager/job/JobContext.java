package org.shellymanager.manager.job;

/** What a running job sees of the job mechanism. */
public interface JobContext {

    String jobId();

    /** Sets how many units of work there are. */
    void total(int total);

    /** Counts one more unit of work as done. */
    void advance();

    /** Records the outcome for one target; results are stored as they come. */
    void result(JobResult result);

    /** True once someone asked to cancel the job (or the server is stopping); the work should then return. */
    boolean cancelled();
}
