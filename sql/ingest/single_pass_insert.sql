-- Stores every row of a clean interaction CSV straight from the file (see single_pass_macros.sql).
-- The first row that is not clean, is marked, or has an id already stored stops the statement with
-- the error "tahseen:not_single_pass"; the ingest then rolls back and takes the staged path.
-- Parameters: $run_id, $path, $names, $delim, $quote, $escape, $new_line (headers_csv.sql), $zone,
-- $fixed_from, $fixed_to (wall-clock times as text), $offset_us, $p1, $r1 … $p4, $r4.
insert into interaction (id, channel, type, received_at, decided_at, decision, closed_at, service,
	branch, team, beneficiary_ref, ingest_run_id, updated_at)
select
	case when r.clean and not r.marked and r.id not in (select id from interaction) then r.id
		else error('tahseen:not_single_pass') end,
	r.channel, r.type, r.received_at, r.decided_at, r.decision, r.closed_at, r.service, r.branch,
	r.team, r.beneficiary_ref, $run_id, current_timestamp
from ingest_single_pass_rows($path, $names, $delim, $quote, $escape, $new_line, $zone,
	$fixed_from::timestamp, $fixed_to::timestamp, $offset_us::bigint, $p1, $r1, $p2, $r2, $p3, $r3, $p4, $r4) r;
