-- Calendar counting: the backlog at the cut-off $cut per channel, service, branch and team
-- (turnaround_segments_backlog.sql without the working-day calendar): support requests received
-- before $overdue_before (= cut-off − window) and not decided before the cut-off, whatever day
-- they came in; read as the never-decided ones plus those decided on or after the cut-off's day.
-- Parameters: $cut, $cut_day, $overdue_before. Filters (null = all): $channel, $service, $branch,
-- $team. Output: dimension, key (null = not given), overdue_open.
with open_at_cut as (
	select channel, service, branch, team
	from metrics_request
	where decided_at is null and received_at < $overdue_before
	union all
	select channel, service, branch, team
	from metrics_request
	where decided_day >= $cut_day::date and decided_at >= $cut and received_at < $overdue_before
)
select
	segment_of(grouping(channel), grouping(service), grouping(branch)) as dimension,
	coalesce(channel, service, branch, team) as key,
	count(*) as overdue_open
from open_at_cut
where in_filter(channel, $channel)
	and in_filter(service, $service)
	and in_filter(branch, $branch)
	and in_filter(team, $team)
group by grouping sets ((channel), (service), (branch), (team));
