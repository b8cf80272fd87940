-- Calendar counting, no segment filter: turnaround_bins.sql read mostly from the request histogram
-- (metrics_request_daily), so that a year of requests costs a few thousand histogram rows.
-- The histogram answers for every request received on a day wholly before the cut-off's day
-- ($cut_day), other than the day the window closes on ($closed_day), and decided on a day before
-- $cut_day: certainly decided before the cut-off, its window certainly closed (received before
-- $closed_day) or certainly still running (after it). Within the window for the window's own
-- whole day is the histogram's exact count (decided after exactly the window). Every other request
-- of the period (received on $closed_day or $cut_day, decided on or after $cut_day, or open) is
-- read from metrics_request one by one: few, the recent and the open ones.
-- Output: as turnaround_bins.sql (kind, whole_days, requests, exact, closed, within, open_decided;
-- several rows may share a kind and day: readers add them up).
-- Parameters: $from_day, $to_day (YYYY-MM-DD), $cut (cut-off instant, exclusive), $cut_day (its
-- local day), $closed_at (cut-off − window: received at or before it, the window has closed),
-- $closed_day (its local day), $window_s, $window_days (the review window in seconds and days).
with from_histogram as (
	select
		whole_days,
		sum(requests) as requests,
		sum(exact) as exact,
		sum(requests) filter (where day < $closed_day::date) as closed,
		sum(
			case
				when whole_days < $window_days then requests
				when whole_days = $window_days then exact
				else 0
			end
		) filter (where day < $closed_day::date) as within,
		sum(requests) filter (where day > $closed_day::date) as open_decided
	from metrics_request_daily
	where day between $from_day::date and $to_day::date
		and day <> $closed_day::date
		and day < $cut_day::date
		and decided_day < $cut_day::date
	group by whole_days
),
rest as (
	-- received on the window's closing day or on the cut-off's day (a running period)
	select received_at, decided_at, turnaround_s, whole_days
	from metrics_request
	where day between $from_day::date and $to_day::date
		and (day = $closed_day::date or day >= $cut_day::date)
		and received_at < $cut
	union all
	-- decided on or after the cut-off's day: recent requests (row groups skipped by decided_day)
	select received_at, decided_at, turnaround_s, whole_days
	from metrics_request
	where day between $from_day::date and $to_day::date
		and day <> $closed_day::date
		and day < $cut_day::date
		and decided_day >= $cut_day::date
	union all
	-- never decided
	select received_at, decided_at, turnaround_s, whole_days
	from metrics_request
	where day between $from_day::date and $to_day::date
		and day <> $closed_day::date
		and day < $cut_day::date
		and decided_day is null
)
select
	'event' as kind,
	whole_days,
	requests,
	exact,
	coalesce(closed, 0) as closed,
	coalesce(within, 0) as within,
	coalesce(open_decided, 0) as open_decided
from from_histogram
where requests <> 0
union all
select
	calendar_bin_kind(decided_at, $cut) as kind,
	calendar_bin_days(decided_at, received_at, whole_days, $cut) as whole_days,
	unnest(calendar_bin_counts(
		decided_at, received_at, turnaround_s, whole_days, $cut, $closed_at, $window_s
	))
from rest
group by 1, 2;
