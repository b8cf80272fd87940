-- For a clean interaction CSV whose ids are all stored: how many rows are stored with the same
-- values (as checked_interactions.sql compares them) and how many distinct ids the file has. When
-- both equal the file's rows, every row is unchanged and there is nothing to write.
-- Output: rows, unchanged, ids.
-- Parameters: $path, $names, $delim, $quote, $escape, $new_line (headers_csv.sql), $zone,
-- $fixed_from, $fixed_to (wall-clock times as text), $offset_us, $p1, $r1 … $p4, $r4.
select
	count(*) as rows,
	count(*) filter (where n.clean
		and o.channel = n.channel and o.type = n.type and o.received_at = n.received_at
		and o.decided_at is not distinct from n.decided_at
		and o.decision is not distinct from n.decision
		and o.closed_at is not distinct from n.closed_at
		and o.service is not distinct from n.service
		and o.branch is not distinct from n.branch
		and o.team is not distinct from n.team
		and o.beneficiary_ref is not distinct from n.beneficiary_ref) as unchanged,
	count(distinct n.id) as ids
from ingest_single_pass_rows($path, $names, $delim, $quote, $escape, $new_line, $zone,
	$fixed_from::timestamp, $fixed_to::timestamp, $offset_us::bigint, $p1, $r1, $p2, $r2, $p3, $r3, $p4,
	$r4) n
left join interaction o on o.id = n.id;
