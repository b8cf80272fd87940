-- Copies the decided requests received on $from_day … $to_day from metrics_request, in order of
-- whole days of turnaround. Parameters: $from_day, $to_day.
insert into metrics_turnaround_sorted (day, decided_at, whole_days, turnaround_s)
select day, decided_at, whole_days, turnaround_s
from metrics_request
where day between $from_day::date and $to_day::date and decided_at is not null
order by whole_days, day;
