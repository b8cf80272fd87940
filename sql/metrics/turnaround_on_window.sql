-- Requests received over $from_day … $to_day, decided before $end, whose turnaround is exactly
-- the window (whole_days = $window_days and turnaround_s ≤ $window_s): the part of the within-window
-- count the histogram cannot tell. Parameters: $from_day, $to_day, $end, $window_days, $window_s.
-- Output: requests.
select count(*) as requests
from metrics_turnaround_sorted
where day between $from_day::date and $to_day::date
	and decided_at < $end
	and whole_days = $window_days
	and turnaround_s <= $window_s;
