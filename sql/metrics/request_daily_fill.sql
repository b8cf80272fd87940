-- Refills the request histogram for the days $from_day … $to_day from metrics_request.
-- Parameters: $from_day, $to_day.
insert into metrics_request_daily (day, decided_day, whole_days, requests)
select day, decided_day, whole_days, count(*)
from metrics_request
where day between $from_day::date and $to_day::date
group by all;
