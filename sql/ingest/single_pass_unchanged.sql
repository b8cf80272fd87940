-- For a clean interaction CSV whose ids are all stored: how many rows are stored with the same
-- values (ingest_unchanged in macros.sql) and how many distinct ids the file has. When
-- both equal the file's rows, every row is unchanged and there is nothing to write.
-- Output: rows, unchanged, ids.
-- Parameters: $path, $names, $delim, $quote, $escape, $new_line (headers_csv.sql), $zone,
-- $fixed_from, $fixed_to (wall-clock times as text), $offset_us, $p1, $r1 … $p4, $r4.
select
	count(*) as rows,
	count(*) filter (where n.clean and ingest_unchanged(o, n)) as unchanged,
	count(distinct n.id) as ids
from ingest_single_pass_rows($path, $names, $delim, $quote, $escape, $new_line, $zone,
	$fixed_from::timestamp, $fixed_to::timestamp, $offset_us::bigint, $p1, $r1, $p2, $r2, $p3, $r3, $p4,
	$r4) n
left join interaction o on o.id = n.id;
