-- Calendar counting: turnaround_bins.sql without the working-day calendar, reading the calendar
-- turnaround stored per request (turnaround_s, whole_days) and comparing instants only (the
-- calendar_bin_* macros of metrics/macros.sql).
-- Output, per kind ('event' = decided before the cut-off, 'censored' = still open then) and
-- whole_days (⌊turnaround⌋ for events, ⌊age at the cut-off⌋ for open ones): requests; exact
-- (events after exactly whole_days days); closed (window closed by the cut-off: received at or
-- before $closed_at = cut-off − window); within (closed and decided within the window);
-- open_decided (window still running, decided).
-- Parameters: $from_day, $to_day (YYYY-MM-DD), $cut (cut-off instant, exclusive), $closed_at,
-- $window_s (review window in seconds). Filters (null = all): $channel, $service, $branch, $team.
select
	calendar_bin_kind(decided_at, $cut) as kind,
	calendar_bin_days(decided_at, received_at, whole_days, $cut) as whole_days,
	unnest(calendar_bin_counts(
		decided_at, received_at, turnaround_s, whole_days, $cut, $closed_at, $window_s
	))
from metrics_request
where day between $from_day::date and $to_day::date
	and received_at < $cut
	and in_filter(channel, $channel)
	and in_filter(service, $service)
	and in_filter(branch, $branch)
	and in_filter(team, $team)
group by 1, 2
order by 1, 2;
