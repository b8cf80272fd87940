-- Lets the ingest read a long statement's progress (for the progress bar) without DuckDB printing it.
-- No parameters.
set enable_progress_bar = true;
set enable_progress_bar_print = false;
