-- Calendar counting, no segment filter: the turnarounds (seconds) at 0-based ranks $offset and
-- $offset + 1 among the requests received over $from_day … $to_day, decided before the cut-off
-- $cut, in the whole-day bins $low_days … $high_days (located with turnaround_bins). Reads
-- metrics_turnaround_sorted, stored in order of whole days, so that one bin touches few row groups.
-- Parameters: $from_day, $to_day, $cut, $low_days, $high_days, $offset.
-- Output: turnaround_s (up to two rows, ascending).
select turnaround_s
from metrics_turnaround_sorted
where day between $from_day::date and $to_day::date
	and decided_at < $cut
	and whole_days between $low_days and $high_days
order by turnaround_s
limit 2 offset $offset;
