-- Reads a JSON Lines file into ingest_raw (values as text); line = the record's line (first = 1).
-- Parameters: $path.
insert into ingest_raw
select row_number() over (), list_value(*columns(*))
from (select columns(*)::varchar from read_json($path, format := 'newline_delimited'));
