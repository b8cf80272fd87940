-- Brings the request histogram up to date for the days $from_day … $to_day from metrics_request
-- (run after metrics_request is up to date): requests per day received × day decided × whole days
-- of turnaround, and of those, decided after exactly whole_days days (exact).
-- Inserts only the difference between the fresh aggregate and the rows already there (so the
-- roll-up holds delta rows that readers sum). Nothing is deleted, so concurrent transactions that
-- refresh the same day (two survey answers at once) never conflict, and each adds exactly its own
-- change under snapshot isolation. A full rebuild compacts the rows again.
-- Parameters: $from_day, $to_day.
insert into metrics_request_daily (day, decided_day, whole_days, requests, exact)
select day, decided_day, whole_days, sum(requests)::bigint as requests, sum(exact)::bigint as exact
from (
	select
		day,
		decided_day,
		whole_days,
		count(*) as requests,
		count(*) filter (where turnaround_s = whole_days * 86400) as exact
	from metrics_request
	where day between $from_day::date and $to_day::date
	group by all
	union all
	select day, decided_day, whole_days, -requests, -coalesce(exact, 0)
	from metrics_request_daily
	where day between $from_day::date and $to_day::date
)
group by all
having sum(requests) <> 0 or sum(exact) <> 0;
