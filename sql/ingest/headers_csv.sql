-- The header names of a CSV file (delimiter, quoting and BOM detected by DuckDB's sniffer).
-- Parameters: $path. Output: column_name.
select column_name
from (describe select * from read_csv($path, all_varchar := true, header := true));
