-- The distinct non-blank values of one column (by position), to match names in TypeScript.
-- Parameters: $position. Output: raw.
select distinct ingest_blank(vals[$position]) as raw
from ingest_raw
where ingest_blank(vals[$position]) is not null;
