-- The backlog at the cut-off $cut straight from the interaction log: as turnaround_backlog.sql (the
-- same output), its working-day calendar from the first support request's local day.
-- Each request's age: turnaround_durations (turnaround_macros.sql). Common parameters: $cut,
-- $cut_day, $zone, $working, $weekend, $window_s. Filters (null = all): $channel, $service,
-- $branch, $team.
select floor(age_s / 86400)::integer as whole_days, count(*) as requests
from turnaround_durations(
	true, true, $cut, $cut_day, $zone, $working, $weekend,
	(select min(timezone($zone, received_at))::date from interaction where type = 'support_request'),
	only_channel := $channel, only_service := $service, only_branch := $branch, only_team := $team
)
where age_s > $window_s
group by all
order by whole_days;
