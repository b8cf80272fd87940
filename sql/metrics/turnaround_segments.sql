-- Turnaround per channel, service, branch and team for requests received over $from_day … $to_day.
-- Output: dimension, key (null = not given), requests, n_decided, median_s, p90_s, within_window, overdue_open.
-- A request's time counts in seconds: calendar mode ($working false) decided_at − received_at;
-- working mode the wall-clock seconds that fall on working days (not in $weekend, not a holiday)
-- of the organisation's zone, through a cumulative working-day calendar of the period's days.
-- "Decided" means decided before $end; the others are open at the period end, and overdue when
-- their age at $end exceeds $window_s.
-- Parameters: $from_day, $to_day (YYYY-MM-DD), $start, $end (their instants, end exclusive),
-- $zone, $working (boolean), $weekend (ISO weekday list), $window_s (review window in seconds).
-- Filters (null = all): $channel, $service, $branch, $team ($type does not apply: support requests only).
with calendar as (
	select
		d::date as day,
		case when list_contains($weekend, isodow(d)) or h.day is not null then 0 else 1 end as working
	from range($from_day::date::timestamp, $to_day::date::timestamp + interval 1 day, interval 1 day) as t(d)
	left join holiday h on h.day = d::date
),
cumulative as (
	select day, working, (sum(working) over (order by day) - working)::bigint * 86400000000 as before_us
	from calendar
),
period_end as (
	select coalesce(sum(working), 0)::bigint * 86400000000 as working_end_us from calendar
),
requests as (
	select
		channel,
		service,
		branch,
		team,
		received_at,
		case when decided_at < $end then decided_at end as decided_at
	from metrics_request
	where day between $from_day::date and $to_day::date
		and ($channel::varchar is null or channel = $channel)
		and ($service::varchar is null or service = $service)
		and ($branch::varchar is null or branch = $branch)
		and ($team::varchar is null or team = $team)
),
local_times as (
	select
		*,
		timezone($zone, received_at) as local_received,
		timezone($zone, decided_at) as local_decided
	from requests
),
durations as (
	select
		l.*,
		case
			when not $working then (epoch_us(l.decided_at) - epoch_us(l.received_at)) / 1e6
			-- in whole microseconds, so a turnaround of exactly the window is not off by a rounding
			else ((cd.before_us + cd.working * (epoch_us(l.local_decided) - epoch_us(l.local_decided::date::timestamp)))
				- (cr.before_us + cr.working * (epoch_us(l.local_received) - epoch_us(l.local_received::date::timestamp)))) / 1e6
		end as turnaround_s,
		case
			when l.decided_at is not null then null
			when not $working then (epoch_us($end) - epoch_us(l.received_at)) / 1e6
			else ((select working_end_us from period_end)
				- (cr.before_us + cr.working * (epoch_us(l.local_received) - epoch_us(l.local_received::date::timestamp)))) / 1e6
		end as open_age_s
	from local_times l
	left join cumulative cr on $working and cr.day = l.local_received::date
	left join cumulative cd on $working and cd.day = l.local_decided::date
)
select
	case
		when grouping(channel) = 0 then 'channel'
		when grouping(service) = 0 then 'service'
		when grouping(branch) = 0 then 'branch'
		else 'team'
	end as dimension,
	coalesce(channel, service, branch, team) as key,
	count(*) as requests,
	count(turnaround_s) as n_decided,
	quantile_cont(turnaround_s, 0.5) as median_s,
	quantile_cont(turnaround_s, 0.9) as p90_s,
	count(*) filter (where turnaround_s <= $window_s) as within_window,
	count(*) filter (where open_age_s > $window_s) as overdue_open
from durations
group by grouping sets ((channel), (service), (branch), (team));
