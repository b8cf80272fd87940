-- The backlog at the cut-off (as turnaround_backlog.sql) per channel, service, branch and team.
-- Output: dimension, key (null = not given), overdue_open.
-- Each request's age in calendar or working days: turnaround_durations (turnaround_macros.sql),
-- its working-day calendar from the first request's day. Common parameters: $cut (cut-off instant,
-- exclusive), $cut_day (its local day), $zone, $working (boolean), $weekend (ISO weekday list),
-- $window_s (review window in seconds). Filters (null = all): $channel, $service, $branch, $team.
select
segment_of(grouping(channel), grouping(service), grouping(branch)) as dimension,
	coalesce(channel, service, branch, team) as key,
	count(*) as overdue_open
from turnaround_durations(
	false, true, $cut, $cut_day, $zone, $working, $weekend, (select min(day) from metrics_request),
	only_channel := $channel, only_service := $service, only_branch := $branch, only_team := $team
)
where age_s > $window_s
group by grouping sets ((channel), (service), (branch), (team));
