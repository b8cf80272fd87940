-- First typing pass over ingest_stage (XLSX, JSON Lines and Parquet rows staged by position; a CSV
-- is typed straight from the file by type_interactions_csv.sql, which selects the same columns).
-- Only cheap work runs on every row: text trimmed, times in the usual ISO shapes parsed. Channel,
-- type and decision stay as written (each distinct name is trimmed and matched once, in
-- ingest_value_map). The few values this pass leaves unread get the general treatment in
-- type_interactions_times.sql and type_interactions_mask.sql; outcome_interactions.sql settles names
-- and reasons. Parameters: $zone. Creates ingest_typed.
create or replace temp table ingest_typed as
select
	s.line,
	ingest_blank(s.id) as id,
	s.channel as channel_raw,
	s.type as type_raw,
	s.decision as decision_raw,
	ingest_blank(s.service) as service,
	ingest_blank(s.branch) as branch,
	ingest_blank(s.team) as team,
	ingest_blank(s.beneficiary_ref) as beneficiary_raw,
	null::varchar as beneficiary_masked,
	s.received_at as received_raw,
	s.decided_at as decided_raw,
	s.closed_at as closed_raw,
	-- the general pass: the trimmed text of a time this pass could not read, read day-first (or in
	-- its only way) into *_d and month-first into *_m
	null::varchar as received_text,
	null::varchar as decided_text,
	null::varchar as closed_text,
	ingest_ts_iso(s.received_at, $zone) as received_at_d,
	ingest_ts_iso(s.decided_at, $zone) as decided_at_d,
	ingest_ts_iso(s.closed_at, $zone) as closed_at_d,
	null::timestamptz as received_at_m,
	null::timestamptz as decided_at_m,
	null::timestamptz as closed_at_m
from ingest_stage s;
