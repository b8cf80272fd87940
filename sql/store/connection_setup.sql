-- Run on every new connection: timestamps are compared as instants; any local-time arithmetic
-- names the organisation's zone explicitly, so the session zone is fixed to UTC.
set TimeZone = 'UTC';
-- A checkpoint (writing the write-ahead log into the file) holds every commit up while it runs,
-- and its time grows with the response table's primary-key index, which it writes whole: about
-- 0.1 s with ten thousand answers stored, 0.8 s with a million (npm run bench:survey, 2 cores).
-- DuckDB's default of 16 MB (about 64,000 survey answers) paused the public survey's group commit
-- every 45 s at 1,500 answers a second; 128 MB makes those pauses eight times rarer, at the cost
-- of a longer log to replay after a crash (a clean stop checkpoints). Global: set on each
-- connection is harmless.
set checkpoint_threshold = '128MB';
