-- Removes from metrics_turnaround_sorted the rows of the days $from_day … $to_day that no longer
-- match a decided request in metrics_request (run after metrics_request is up to date).
-- Parameters: $from_day, $to_day.
delete from metrics_turnaround_sorted t
where t.day between $from_day::date and $to_day::date
	and not exists (
		select 1
		from metrics_request m
		where m.day between $from_day::date and $to_day::date
			and m.id = t.id
			and m.day = t.day
			and m.decided_at = t.decided_at
			and m.turnaround_s = t.turnaround_s
	);
