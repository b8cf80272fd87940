-- Turnaround per channel, service, branch and team of the support requests received over
-- $from_day … $to_day (before the cut-off), per whole day, as turnaround_bins.sql, plus the median
-- and 90th percentile of the decided ones (quantile_cont) on each segment's first row.
-- Output: dimension, key (null = not given), kind, whole_days, requests, exact, closed, within,
-- open_decided, decided_median_s, decided_p90_s.
-- Each request's turnaround and age in calendar or working days: turnaround_durations
-- (turnaround_macros.sql). Common parameters: $cut (cut-off instant, exclusive), $cut_day (its
-- local day), $zone, $working (boolean), $weekend (ISO weekday list), $window_s (review window in
-- seconds). Filters (null = all): $channel, $service, $branch, $team.
with binned as (
	select
		*,
		turnaround_kind(turnaround_s) as kind,
		turnaround_whole_days(turnaround_s, age_s) as whole_days
	from turnaround_durations(
		false, false, $cut, $cut_day, $zone, $working, $weekend, $from_day,
		days_from := $from_day, days_to := $to_day,
		only_channel := $channel, only_service := $service, only_branch := $branch, only_team := $team
	)
)
select
	segment_of(grouping(channel), grouping(service), grouping(branch)) as dimension,
	coalesce(channel, service, branch, team) as key,
	kind,
	whole_days,
	unnest(turnaround_counts(turnaround_s, age_s, $window_s)),
	null::double as decided_median_s,
	null::double as decided_p90_s
from binned
group by grouping sets (
	(channel, kind, whole_days), (service, kind, whole_days), (branch, kind, whole_days), (team, kind, whole_days)
)
union all
select
	segment_of(grouping(channel), grouping(service), grouping(branch)) as dimension,
	coalesce(channel, service, branch, team) as key,
	'decided' as kind,
	null as whole_days,
	0, 0, 0, 0, 0,
	quantile_cont(turnaround_s, 0.5),
	quantile_cont(turnaround_s, 0.9)
from binned
group by grouping sets ((channel), (service), (branch), (team));
