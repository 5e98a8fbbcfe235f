package org.shellymanager.manager.job;

/** How much of a job is done, in units of its own (addresses scanned, devices synced, ...). */
public record JobProgress(int done, int total) {

    public JobProgress {
        if (done < 0 || total < 0) {
            throw new IllegalArgumentException("progress must not be negative: " + done + "/" + total);
        }
    }
}
