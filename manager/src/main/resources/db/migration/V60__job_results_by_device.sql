-- A device's jobs (its page lists the jobs that have a result for it) are found by device id.
CREATE INDEX ix_job_results_device ON job_results (device_id);
