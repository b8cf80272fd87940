-- Reads an interaction CSV straight into ingest_typed in one pass (see type_interactions.sql): $names
-- renames the file's columns in order (a canonical name for a mapped column, "#n" for any other,
-- which the column pattern leaves out). Parameters: $path, $names, $zone, $p1, $r1 … $p4, $r4.
create or replace temp table ingest_typed as
with src as (
	select
		line,
		ingest_blank(s.id) as id,
		ingest_blank(s.channel) as channel_raw,
		ingest_blank(s.type) as type_raw,
		ingest_blank(s.received_at) as received_raw,
		ingest_blank(s.decided_at) as decided_raw,
		ingest_blank(s.decision) as decision_raw,
		ingest_blank(s.closed_at) as closed_raw,
		ingest_blank(s.service) as service,
		ingest_blank(s.branch) as branch,
		ingest_blank(s.team) as team,
		ingest_blank(s.beneficiary_ref) as beneficiary_raw
	from (
		-- the empty staging table lends every canonical column, so a file without one reads it as null
		select * from ingest_stage
		union all by name
		select row_number() over () + 1 as line, columns('^[a-z_]+$')
		from read_csv($path, all_varchar := true, header := true, names := $names)
	) s
),
masked as (
	select src.*, ingest_mask(beneficiary_raw, $p1, $r1, $p2, $r2, $p3, $r3, $p4, $r4) as beneficiary_ref
	from src
)
select
	line, id, channel_raw, type_raw, decision_raw, service, branch, team, beneficiary_ref,
	ingest_mask_marks(beneficiary_ref) - ingest_mask_marks(beneficiary_raw) as masked,
	received_raw is not null as has_received_at,
	decided_raw is not null as has_decided_at,
	closed_raw is not null as has_closed_at,
	-- each time read day-first (or in its only way), and month-first too when it has slashes
	ingest_ts(received_raw, $zone, false) as received_at_d,
	case when contains(received_raw, '/') then ingest_ts(received_raw, $zone, true) end as received_at_m,
	coalesce(contains(received_raw, '/'), false) as received_at_slash,
	ingest_ts(decided_raw, $zone, false) as decided_at_d,
	case when contains(decided_raw, '/') then ingest_ts(decided_raw, $zone, true) end as decided_at_m,
	coalesce(contains(decided_raw, '/'), false) as decided_at_slash,
	ingest_ts(closed_raw, $zone, false) as closed_at_d,
	case when contains(closed_raw, '/') then ingest_ts(closed_raw, $zone, true) end as closed_at_m,
	coalesce(contains(closed_raw, '/'), false) as closed_at_slash
from masked;
