-- The first rows of an interaction CSV, to choose how the single pass goes: when none of their ids
-- is stored the file is likely all new, when all are it is likely a file ingested before.
-- Parameters: $path, $names (as type_interactions_csv.sql), $delim, $quote, $escape, $new_line
-- (headers_csv.sql). Output: ids (distinct ids of those rows), stored (how many of them are stored).
with first_rows as (
	select ingest_blank(id) as id
	from read_csv($path, all_varchar := true, header := true, names := $names, delim := $delim,
		quote := $quote, escape := $escape, new_line := $new_line)
	limit 1000
)
select
	(select count(distinct id) from first_rows) as ids,
	(select count(*) from interaction where id in (select id from first_rows)) as stored;
