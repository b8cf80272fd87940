-- Brings the request histogram up to date for the days $from_day … $to_day from metrics_request
-- (run after metrics_request is up to date).
-- Inserts only the difference between the fresh aggregate and the rows already there (so the
-- roll-up holds delta rows that readers sum). Nothing is deleted, so concurrent transactions that
-- refresh the same day (two survey answers at once) never conflict, and each adds exactly its own
-- change under snapshot isolation. A full rebuild compacts the rows again.
-- Parameters: $from_day, $to_day.
insert into metrics_request_daily (day, decided_day, whole_days, requests)
select day, decided_day, whole_days, sum(requests)::bigint as requests
from (
	select day, decided_day, whole_days, count(*) as requests
	from metrics_request
	where day between $from_day::date and $to_day::date
	group by all
	union all
	select day, decided_day, whole_days, -requests
	from metrics_request_daily
	where day between $from_day::date and $to_day::date
)
group by all
having sum(requests) <> 0;
