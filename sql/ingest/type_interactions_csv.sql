-- The first typing pass of type_interactions.sql (see there: the same columns, the same cheap work),
-- reading an interaction CSV straight from the file: $names renames the file's columns in order (a
-- canonical name for a mapped column, "#n" for any other, which the pattern leaves out); the empty
-- ingest_stage lends every canonical column, so a file without one reads it as null. `line` stays
-- null: a CSV row's line is its place in ingest_typed (insertion order is kept) plus the header.
-- Parameters: $path, $names, $zone. Creates ingest_typed.
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
	null::varchar as received_text,
	null::varchar as decided_text,
	null::varchar as closed_text,
	ingest_ts_iso(s.received_at, $zone) as received_at_d,
	ingest_ts_iso(s.decided_at, $zone) as decided_at_d,
	ingest_ts_iso(s.closed_at, $zone) as closed_at_d,
	null::timestamptz as received_at_m,
	null::timestamptz as decided_at_m,
	null::timestamptz as closed_at_m
from (
	select * from ingest_stage
	union all by name
	select columns('^[a-z_]+$')
	from read_csv($path, all_varchar := true, header := true, names := $names,
		max_line_size := 33554432)
) s;
