-- The backlog at the cut-off $cut: every support request received before it and not decided by
-- it, whatever day it came in, older than the review window (age > window, strictly), from metrics_request;
-- per whole days of age. Output: whole_days, requests.
-- Each request's age in calendar or working days: turnaround_durations (turnaround_macros.sql),
-- its working-day calendar from the first request's day. Common parameters: $cut (cut-off instant,
-- exclusive), $cut_day (its local day), $zone, $working (boolean), $weekend (ISO weekday list),
-- $window_s (review window in seconds). Filters (null = all): $channel, $service, $branch, $team.
select floor(age_s / 86400)::integer as whole_days, count(*) as requests
from turnaround_durations(
	false, true, $cut, $cut_day, $zone, $working, $weekend, (select min(day) from metrics_request),
	only_channel := $channel, only_service := $service, only_branch := $branch, only_team := $team
)
where age_s > $window_s
group by all
order by whole_days;
