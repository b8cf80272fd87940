-- The turnarounds (seconds) at 0-based ranks $offset and $offset + 1 among the requests received
-- over $from_day … $to_day, decided before $end, in the whole-day bins $low_days … $high_days
-- (located with the histogram). Parameters: $from_day, $to_day, $end, $low_days, $high_days,
-- $offset. Output: turnaround_s (up to two rows, ascending). Reads metrics_turnaround_sorted.
select turnaround_s
from metrics_turnaround_sorted
where day between $from_day::date and $to_day::date
	and decided_at < $end
	and whole_days between $low_days and $high_days
order by turnaround_s
limit 2 offset $offset;
