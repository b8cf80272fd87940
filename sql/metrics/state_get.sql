-- The roll-ups' build state (one row, or none before the first build). No parameters.
-- Output: time_zone, built_at.
select time_zone, built_at from metrics_rollup_state where id = 1;
