-- Removes the benchmark's yardstick table, and checkpoints so its blocks are freed before the ingest
-- being measured runs (under the 1 GB memory cap of sql/ingest/cli_settings.sql). No parameters.
drop table if exists bench_bare;
checkpoint;
