-- The benchmark's yardstick: DuckDB reading the CSV file into a table, nothing else.
-- Parameters: $path.
create or replace table bench_bare as select * from read_csv($path);
