-- The column names of a Parquet file. Parameters: $path. Output: column_name.
select column_name from (describe select * from read_parquet($path));
