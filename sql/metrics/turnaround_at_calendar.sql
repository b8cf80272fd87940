-- Calendar counting: the turnarounds (seconds) at 0-based ranks $offset and $offset + 1 among the
-- requests received over $from_day … $to_day and decided before the cut-off $cut, in the whole-day
-- bins $low_days … $high_days, read from the calendar turnaround stored per request
-- (turnaround_at.sql without the working-day calendar). Parameters: $from_day, $to_day, $cut,
-- $low_days, $high_days, $offset. Filters (null = all): $channel, $service, $branch, $team, and
-- one segment: $dimension ('channel' | 'service' | 'branch' | 'team') = $key (null = not given).
-- Output: turnaround_s (up to two rows, ascending).
select turnaround_s
from metrics_request
where day between $from_day::date and $to_day::date
	and decided_at < $cut
	and whole_days between $low_days and $high_days
	and in_filter(channel, $channel)
	and in_filter(service, $service)
	and in_filter(branch, $branch)
	and in_filter(team, $team)
	and ($dimension::varchar is null
		or (case $dimension when 'channel' then channel when 'service' then service when 'branch' then branch else team end)
			is not distinct from $key)
order by turnaround_s
limit 2 offset $offset;
