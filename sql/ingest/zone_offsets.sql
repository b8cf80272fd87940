-- The zone's UTC offset at the first of every month from 1900 to 2200, by DuckDB's own time-zone
-- rules (see src/lib/domain/fixed-offset.ts, which finds the span where it does not change).
-- Parameters: $zone. Output: local (a wall-clock time), offset_us (local less UTC, microseconds).
select
	local,
	epoch_us(local) - epoch_us(timezone($zone, local)) as offset_us
from range(timestamp '1900-01-01', timestamp '2200-01-01', interval 1 month) t(local)
order by local;
