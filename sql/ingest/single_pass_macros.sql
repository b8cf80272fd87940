-- Temporary macros of the single pass (src/lib/server/ingest/single-pass.ts), which stores a clean
-- interaction CSV straight from the file. Run once per ingest after macros.sql. No parameters.

-- A wall-clock time in the organisation's zone as an instant: by subtracting the offset inside the
-- span where the zone keeps one (src/lib/domain/fixed-offset.ts), else by DuckDB's time-zone rules.
-- Both give the same instant; the first costs a fraction of the second.
create or replace temp macro ingest_local_instant(ts, zone, fixed_from, fixed_to, offset_us) as
	case
		when ts between fixed_from and fixed_to then make_timestamptz(epoch_us(ts) - offset_us)
		else timezone(zone, ts)
	end;

-- The wall-clock time of an ISO 8601 local time exactly as ingest_ts_iso's first branch reads it
-- (the only shape the single pass takes), else null.
create or replace temp macro ingest_iso_wall_clock(raw) as
	case when ingest_is_iso_local(raw)
		then try_cast(raw as timestamp)
	end;

-- The file's rows typed as the staged path types them (type_interactions_csv.sql, then
-- checked_interactions.sql) for rows with nothing unusual: names matched to codes
-- (ingest_value_map), ISO local times, the beneficiary reference masked. `clean`: the row can be
-- stored as it is (the staged path would find no reason to reject it); `marked`: the beneficiary
-- reference holds a masking mark already, so the masks stored would not be the masks made. A row
-- that is not clean (including a time outside the supported range: in_range) or is marked
-- sends the whole file down the staged path.
-- The file is read with DuckDB's usual limit of 2 MB a row (a larger max_line_size made the pass
-- about 1.7 times slower): a longer row fails the pass, and the staged path reads it.
-- Macro arguments: path and names (as type_interactions_csv.sql), the file's dialect (delim, quote,
-- escape, new_line: headers_csv.sql), the zone and its fixed span (ingest_local_instant), the
-- masking rules p1, r1 … p4, r4.
create or replace temp macro ingest_single_pass_rows(path, names, delim, quote, escape, new_line,
		zone, fixed_from, fixed_to, offset_us, p1, r1, p2, r2, p3, r3, p4, r4) as table
with ends as (
	-- the code points of each text value's end characters, once (see ingest_blank_ends)
	select
		s.*,
		ascii(s.id) as id_first, ascii(s.id[-1]) as id_last,
		ascii(s.service) as service_first, ascii(s.service[-1]) as service_last,
		ascii(s.branch) as branch_first, ascii(s.branch[-1]) as branch_last,
		ascii(s.team) as team_first, ascii(s.team[-1]) as team_last,
		ascii(s.beneficiary_ref) as beneficiary_first, ascii(s.beneficiary_ref[-1]) as beneficiary_last
	from (
		select * from ingest_stage
		union all by name
		select columns('^[a-z_]+$')
		from read_csv(path, all_varchar := true, header := true, names := names, delim := delim,
			quote := quote, escape := escape, new_line := new_line)
	) s
),
trimmed as (
	-- each value trimmed once (ingest_mask would trim the beneficiary reference three times)
	select
		ingest_blank_ends(e.id, e.id_first, e.id_last) as id,
		e.channel, e.type, e.decision,
		-- read once here: ingest_local_instant uses its argument three times
		ingest_iso_wall_clock(e.received_at) as received_wall_clock,
		ingest_iso_wall_clock(e.decided_at) as decided_wall_clock,
		ingest_iso_wall_clock(e.closed_at) as closed_wall_clock,
		e.decided_at is null as no_decided_at,
		e.decision is null as no_decision,
		e.closed_at is null as no_closed_at,
		ingest_blank_ends(e.service, e.service_first, e.service_last) as service,
		ingest_blank_ends(e.branch, e.branch_first, e.branch_last) as branch,
		ingest_blank_ends(e.team, e.team_first, e.team_last) as team,
		ingest_blank_ends(e.beneficiary_ref, e.beneficiary_first, e.beneficiary_last) as beneficiary_ref,
		-- the mark every masking replacement ends with (see ingest_mask_marks)
		coalesce(contains(e.beneficiary_ref, 'محجوب]'), false) as marked,
		-- a value too long to store (ingest_max_value; names and times too long fail their match)
		ingest_too_long(e.id) or ingest_too_long(e.service) or ingest_too_long(e.branch)
			or ingest_too_long(e.team) or ingest_too_long(e.beneficiary_ref) as too_long
	from ends e
),
typed as (
	select
		t.id,
		ch.code as channel,
		ty.code as type,
		ingest_local_instant(t.received_wall_clock, zone, fixed_from, fixed_to, offset_us) as received_at,
		ingest_local_instant(t.decided_wall_clock, zone, fixed_from, fixed_to, offset_us) as decided_at,
		de.code as decision,
		ingest_local_instant(t.closed_wall_clock, zone, fixed_from, fixed_to, offset_us) as closed_at,
		t.service, t.branch, t.team,
		ingest_mask(t.beneficiary_ref, p1, r1, p2, r2, p3, r3, p4, r4) as beneficiary_ref,
		t.no_decided_at, t.no_decision, t.no_closed_at, t.marked, t.too_long,
		-- the supported range (ingest_in_range) on the wall clock: the same local days, and a
		-- comparison with constants rather than a zone's rules per row
		coalesce(t.received_wall_clock >= timestamp '1937-01-01' and t.received_wall_clock < timestamp '2078-01-01'
			and (t.decided_wall_clock is null or (t.decided_wall_clock >= timestamp '1937-01-01' and t.decided_wall_clock < timestamp '2078-01-01'))
			and (t.closed_wall_clock is null or (t.closed_wall_clock >= timestamp '1937-01-01' and t.closed_wall_clock < timestamp '2078-01-01')),
			false) as in_range
	from trimmed t
	left join ingest_value_map ch on ch.field = 'channel' and ch.raw = t.channel
	left join ingest_value_map ty on ty.field = 'type' and ty.raw = t.type
	left join ingest_value_map de on de.field = 'decision' and de.raw = t.decision
)
select
	id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team,
	beneficiary_ref, marked,
	id is not null and channel is not null and type is not null and received_at is not null
		and (no_decided_at or decided_at >= received_at)
		and (no_decision or decision is not null)
		and (no_closed_at or closed_at >= received_at)
		-- every time in the supported range (a Hijri year such as 1447 is outside it, so a file of
		-- Hijri dates goes the staged way, which reads or rejects them)
		and in_range
		and not too_long as clean
from typed;
