-- Turnaround per whole day of the support requests received over $from_day … $to_day (before the
-- cut-off), straight from the interaction log: as turnaround_bins.sql (the same output), for the
-- periods and filters the roll-up does not answer.
-- Each request's turnaround and age in calendar or working days: turnaround_durations
-- (turnaround_macros.sql). Common parameters: $cut (cut-off instant, exclusive), $cut_day (its
-- local day), $zone, $working (boolean), $weekend (ISO weekday list), $window_s (review window in
-- seconds). Period parameters: $from_day, $start, $end (the received period's first instant and
-- the first instant after it). Filters (null = all): $channel, $service, $branch, $team.
select
	turnaround_kind(turnaround_s) as kind,
	turnaround_whole_days(turnaround_s, age_s) as whole_days,
	unnest(turnaround_counts(turnaround_s, age_s, $window_s))
from turnaround_durations(
	true, false, $cut, $cut_day, $zone, $working, $weekend, $from_day,
	received_from := $start, received_before := $end,
	only_channel := $channel, only_service := $service, only_branch := $branch, only_team := $team
)
group by kind, whole_days
order by 1, 2;
