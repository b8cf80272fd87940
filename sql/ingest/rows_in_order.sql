-- Rows are written in the order they are read (DuckDB's default), for the statements that number
-- rows by that order (see rows_in_any_order.sql). No parameters.
set preserve_insertion_order = true;
