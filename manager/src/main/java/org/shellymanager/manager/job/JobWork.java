package org.shellymanager.manager.job;

/** The body of a job. It reports progress and results through the context and returns a one-line summary. */
@FunctionalInterface
public interface JobWork {

    String run(JobContext context) throws Exception;
}
