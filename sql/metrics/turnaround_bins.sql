-- Turnaround per whole day of the support requests received over $from_day … $to_day (before the
-- cut-off), from metrics_request: the counts that the Kaplan–Meier estimate (src/lib/domain/kaplan-meier.ts), the
-- within-window share and the "still within their window" count are made of.
-- Output, per kind ('event' = decided before the cut-off, 'censored' = still open then) and
-- whole_days (⌊turnaround⌋ for events, ⌊age at the cut-off⌋ for open ones): requests; exact
-- (events after exactly whole_days days); closed (window closed by the cut-off: age ≥ window);
-- within (closed and decided within the window); open_decided (window still running, decided).
-- Each request's turnaround and age in calendar or working days: turnaround_durations
-- (turnaround_macros.sql). Common parameters: $cut (cut-off instant, exclusive), $cut_day (its
-- local day), $zone, $working (boolean), $weekend (ISO weekday list), $window_s (review window in
-- seconds). Period parameters: $from_day, $to_day (YYYY-MM-DD). Filters (null = all): $channel,
-- $service, $branch, $team ($type does not apply: support requests only).
select
	turnaround_kind(turnaround_s) as kind,
	turnaround_whole_days(turnaround_s, age_s) as whole_days,
	unnest(turnaround_counts(turnaround_s, age_s, $window_s))
from turnaround_durations(
	false, false, $cut, $cut_day, $zone, $working, $weekend, $from_day,
	days_from := $from_day, days_to := $to_day,
	only_channel := $channel, only_service := $service, only_branch := $branch, only_team := $team
)
group by kind, whole_days
order by 1, 2;
