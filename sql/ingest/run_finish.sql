-- Completes the record of a run. Parameters: $id, $file_sha256, $inserted, $updated, $unchanged,
-- $rejected, $masked, $duplicates, $duration_ms.
update ingest_run
set status = 'done', file_sha256 = $file_sha256, inserted = $inserted, updated = $updated,
	unchanged = $unchanged, rejected = $rejected, masked = $masked, duplicates = $duplicates,
	finished_at = current_timestamp, duration_ms = $duration_ms
where id = $id;
