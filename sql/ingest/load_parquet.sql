-- Reads a Parquet file into ingest_raw (values as text); line = row number + 1 (as if a header).
-- Parameters: $path.
insert into ingest_raw
select ingest_row__ + 2, list_value(*columns(* exclude (ingest_row__)))
from (
	select file_row_number as ingest_row__, columns(* exclude (file_row_number))::varchar
	from read_parquet($path, file_row_number := true)
);
