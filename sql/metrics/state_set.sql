-- Records that the roll-ups were (re)built with days in $zone. Parameters: $zone.
insert or replace into metrics_rollup_state (id, time_zone, built_at)
values (1, $zone, current_timestamp);
