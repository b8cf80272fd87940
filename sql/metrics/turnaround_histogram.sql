-- Requests received over $from_day … $to_day and decided by the period end (decided on a local
-- day up to $to_day), per whole days of turnaround (calendar counting), from the histogram.
-- Parameters: $from_day, $to_day. Output: whole_days, requests (ordered by whole_days).
select whole_days, sum(requests)::bigint as requests
from metrics_request_daily
where day between $from_day::date and $to_day::date and decided_day <= $to_day::date
group by all
order by whole_days;
