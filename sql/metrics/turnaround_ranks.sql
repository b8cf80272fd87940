-- The turnarounds (seconds) of the decided requests at given ranks inside whole-day bins, from metrics_request,
-- all in one pass: the Kaplan–Meier quantiles and the ranks a plain quantile interpolates between
-- (located with turnaround_bins). $bins lists the whole days to rank in; $wanted lists
-- 'whole_days:rank' (rank 0-based, ascending time within the day).
-- Output: whole_days, rank, turnaround_s.
-- Each request's turnaround in calendar or working days: turnaround_durations
-- (turnaround_macros.sql). Common parameters: $cut (cut-off instant, exclusive), $cut_day (its
-- local day), $zone, $working (boolean), $weekend (ISO weekday list).
-- Period parameters: $from_day, $to_day. Filters (null = all): $channel, $service, $branch, $team,
-- and one segment: $dimension ('channel' | 'service' | 'branch' | 'team') = $key (null = not given).
with ranked as (
	select
		turnaround_s,
		floor(turnaround_s / 86400)::bigint as whole_days,
		row_number() over (partition by floor(turnaround_s / 86400) order by turnaround_s) - 1 as rank
	from turnaround_durations(
		false, false, $cut, $cut_day, $zone, $working, $weekend, $from_day,
		days_from := $from_day, days_to := $to_day,
		only_channel := $channel, only_service := $service, only_branch := $branch, only_team := $team,
		segment_dimension := $dimension, segment_key := $key
	)
	where turnaround_s is not null and list_contains($bins, floor(turnaround_s / 86400)::bigint)
)
select whole_days, rank, turnaround_s
from ranked
where list_contains($wanted, whole_days || ':' || rank);
