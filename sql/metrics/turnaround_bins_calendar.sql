-- Calendar counting: turnaround_bins.sql without the working-day calendar, reading the calendar
-- turnaround stored per request (turnaround_s, whole_days) and comparing instants only.
-- Output, per kind ('event' = decided before the cut-off, 'censored' = still open then) and
-- whole_days (⌊turnaround⌋ for events, ⌊age at the cut-off⌋ for open ones): requests; exact
-- (events after exactly whole_days days); closed (window closed by the cut-off: received at or
-- before $closed_at = cut-off − window); within (closed and decided within the window);
-- open_decided (window still running, decided).
-- Parameters: $from_day, $to_day (YYYY-MM-DD), $cut (cut-off instant, exclusive), $closed_at,
-- $window_s (review window in seconds). Filters (null = all): $channel, $service, $branch, $team.
select
	case when decided_at < $cut then 'event' else 'censored' end as kind,
	case
		when decided_at < $cut then whole_days
		else floor((epoch_us($cut::timestamptz) - epoch_us(received_at)) / 86400e6)::integer
	end as whole_days,
	count(*) as requests,
	count(*) filter (where decided_at < $cut and turnaround_s = whole_days * 86400) as exact,
	count(*) filter (where received_at <= $closed_at) as closed,
	count(*) filter (
		where received_at <= $closed_at and decided_at < $cut and turnaround_s <= $window_s
	) as within,
	count(*) filter (where received_at > $closed_at and decided_at < $cut) as open_decided
from metrics_request
where day between $from_day::date and $to_day::date
	and received_at < $cut
	and ($channel::varchar is null or channel = $channel)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
	and ($team::varchar is null or team = $team)
group by all
order by 1, 2;
