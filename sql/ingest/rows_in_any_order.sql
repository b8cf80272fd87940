-- Once every row has its line number, the ingest's checks and merge may write rows in any order,
-- which lets DuckDB's threads write without waiting for each other (about half the work of
-- inserting a large file). A statement that numbers rows by their order runs after
-- rows_in_order.sql. No parameters.
set preserve_insertion_order = false;
