-- Calendar counting, no segment filter: the size of the backlog at the cut-off $cut (as
-- turnaround_backlog_calendar.sql, without the ages), mostly from the request histogram: requests
-- received on a day before $closed_day (the local day of cut-off − window) and decided on a day
-- after $cut_day (or never) are overdue; those decided on $cut_day itself, and those received on
-- $closed_day, are read one by one (few: both filters skip most row groups by their min/max).
-- Parameters: $cut, $cut_day, $overdue_before (= cut-off − window), $closed_day.
-- Output: overdue_open.
select
	coalesce((
		select sum(requests)
		from metrics_request_daily
		where day < $closed_day::date
			and (decided_day is null or decided_day > $cut_day::date)
	), 0)::bigint
	+ (
		select count(*)
		from metrics_request
		where decided_day = $cut_day::date
			and day < $closed_day::date
			and decided_at >= $cut
	)
	+ (
		select count(*)
		from metrics_request
		where day = $closed_day::date
			and received_at < $overdue_before
			and (decided_at is null or decided_at >= $cut)
	) as overdue_open;
