-- Reads a CSV file into ingest_raw; line = record number with the header as line 1.
-- Parameters: $path.
insert into ingest_raw
select row_number() over () + 1, list_value(*columns(*))
from read_csv($path, all_varchar := true, header := true, max_line_size := 33554432);
