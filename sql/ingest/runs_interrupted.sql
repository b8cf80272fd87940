-- At start-up: a run still recorded as running was cut off by a stop of the process (no run is
-- under way before the server starts). It is marked failed so it never looks running forever.
-- No parameters. Output: id of each run marked.
update ingest_run
set status = 'failed', error = 'interrupted: the process stopped before the run finished',
	finished_at = coalesce(finished_at, current_timestamp)
where status = 'running'
returning id;
