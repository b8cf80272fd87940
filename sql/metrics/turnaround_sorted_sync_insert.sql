-- Adds to metrics_turnaround_sorted the decided requests of the days $from_day … $to_day that it
-- does not hold yet, in order of whole days of turnaround. Parameters: $from_day, $to_day.
insert into metrics_turnaround_sorted (id, day, decided_at, whole_days, turnaround_s)
select m.id, m.day, m.decided_at, m.whole_days, m.turnaround_s
from metrics_request m
where m.day between $from_day::date and $to_day::date
	and m.decided_at is not null
	and not exists (
		select 1
		from metrics_turnaround_sorted t
		where t.day between $from_day::date and $to_day::date
			and t.id = m.id
			and t.day = m.day
			and t.decided_at = m.decided_at
			and t.turnaround_s = m.turnaround_s
	)
order by m.whole_days, m.day;
