-- Calendar counting: the backlog at the cut-off $cut (turnaround_backlog.sql without the
-- working-day calendar): every support request received before $overdue_before (= cut-off −
-- window, so older than the window) and not decided before the cut-off, whatever day it came in,
-- per whole days of age. Read as the never-decided ones plus those decided on or after the
-- cut-off's day $cut_day (row groups of older requests are skipped by decided_day).
-- Parameters: $cut, $cut_day, $overdue_before. Filters (null = all): $channel, $service, $branch,
-- $team. Output: whole_days, requests.
with open_at_cut as (
	select received_at, channel, service, branch, team
	from metrics_request
	where decided_at is null and received_at < $overdue_before
	union all
	select received_at, channel, service, branch, team
	from metrics_request
	where decided_day >= $cut_day::date and decided_at >= $cut and received_at < $overdue_before
)
select
	floor((epoch_us($cut::timestamptz) - epoch_us(received_at)) / 86400e6)::integer as whole_days,
	count(*) as requests
from open_at_cut
where in_filter(channel, $channel)
	and in_filter(service, $service)
	and in_filter(branch, $branch)
	and in_filter(team, $team)
group by all
order by whole_days;
