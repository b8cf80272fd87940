-- Rows rejected by ingest runs started in the period. Parameters: $start, $end. Output: runs, rejected.
select count(*) as runs, coalesce(sum(rejected), 0)::bigint as rejected
from ingest_run
where started_at >= $start and started_at < $end;
