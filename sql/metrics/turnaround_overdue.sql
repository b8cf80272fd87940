-- Overdue open requests (calendar counting): received over $from_day … $to_day, not decided
-- before $end, and received before $cutoff (= $end minus the window). Days wholly before the
-- local day of the cutoff come from the histogram; that day itself from metrics_request.
-- Parameters: $from_day, $to_day, $end, $cutoff, $cutoff_day. Output: overdue_open.
select
	coalesce((
		select sum(requests)
		from metrics_request_daily
		where day between $from_day::date and $to_day::date
			and day < $cutoff_day::date
			and (decided_day is null or decided_day > $to_day::date)
	), 0)::bigint
	+ (
		select count(*)
		from metrics_request
		where day = $cutoff_day::date
			and day between $from_day::date and $to_day::date
			and received_at < $cutoff
			and (decided_at is null or decided_at >= $end)
	) as overdue_open;
