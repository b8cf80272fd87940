-- One run. Parameters: $id. Output: the ingest_run columns.
select id, kind, file_name, file_size, file_sha256, mapping_name, mapping::varchar as mapping, status,
	inserted, updated, unchanged, rejected, masked, duplicates, user_id, actor, format, started_at,
	finished_at, duration_ms
from ingest_run
where id = $id;
