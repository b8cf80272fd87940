-- The turnarounds (seconds) of the decided requests at given ranks inside whole-day bins, straight
-- from the interaction log: as turnaround_ranks.sql (the same $bins, $wanted and output), with the
-- period given as $from_day, $start, $end (the received period's first instant and the first
-- instant after it). Each request's turnaround: turnaround_durations (turnaround_macros.sql).
-- Common parameters: $cut, $cut_day, $zone, $working, $weekend. Filters (null = all): $channel,
-- $service, $branch, $team, and one segment: $dimension = $key (null = not given).
select whole_days, rank, turnaround_s
from (
	select
		turnaround_s,
		floor(turnaround_s / 86400)::bigint as whole_days,
		row_number() over (partition by floor(turnaround_s / 86400) order by turnaround_s) - 1 as rank
	from turnaround_durations(
		true, false, $cut, $cut_day, $zone, $working, $weekend, $from_day,
		received_from := $start, received_before := $end,
		only_channel := $channel, only_service := $service, only_branch := $branch, only_team := $team,
		segment_dimension := $dimension, segment_key := $key
	)
	where turnaround_s is not null and list_contains($bins, floor(turnaround_s / 86400)::bigint)
)
where list_contains($wanted, whole_days || ':' || rank);
