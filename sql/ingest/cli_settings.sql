-- Settings for a process that does nothing but ingest (the command line, the benchmark): DuckDB's
-- memory is capped so a file of millions of rows spills to disk rather than growing the process.
-- No parameters.
set memory_limit = '1GB';
