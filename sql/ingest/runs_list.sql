-- Past runs, newest first. Parameters: $limit. Output: the ingest_run columns.
select id, kind, file_name, file_size, file_sha256, mapping_name, status, inserted, updated,
	unchanged, rejected, masked, duplicates, user_id, actor, format, started_at, finished_at, duration_ms
from ingest_run
order by id desc
limit $limit;
