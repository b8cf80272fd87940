-- How many of a response file's submission times (column $position of ingest_raw) are written, and
-- how many of those are dates with a Hijri year (1300–1500, year first or last, Arabic-Indic digits
-- too): when every one is, the column is read as Hijri (src/lib/server/ingest/hijri.ts). A pattern,
-- not the parser: the parser's plan alone costs about a second.
-- Parameters: $position (1-based). Output: read, hijri.
with times as (
	select ingest_digits(ingest_blank(vals[$position])) as t
	from ingest_raw
)
select
	count(t) as read,
	count(*) filter (where regexp_matches(t, '^(1[34]\d\d|1500)[-/]\d{1,2}[-/]\d{1,2}(\D|$)|^\d{1,2}[-/]\d{1,2}[-/](1[34]\d\d|1500)(\D|$)')) as hijri
from times;
