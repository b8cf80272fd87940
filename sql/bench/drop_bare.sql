-- Removes the benchmark's yardstick table. No parameters.
drop table if exists bench_bare;
