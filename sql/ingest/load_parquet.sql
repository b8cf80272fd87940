-- Reads a Parquet file into ingest_raw (values as text); line = row number + 1 (as if a header).
-- Parameters: $path.
insert into ingest_raw
select file_row_number + 2, list_value(*columns(* exclude (file_row_number)))
from (select columns(*)::varchar, file_row_number from read_parquet($path, file_row_number := true));
