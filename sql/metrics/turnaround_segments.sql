-- Turnaround per channel, service, branch and team of the support requests received over
-- $from_day … $to_day (before the cut-off), per whole day, as turnaround_bins.sql, plus the median
-- and 90th percentile of the decided ones (quantile_cont) on each segment's first row.
-- Output: dimension, key (null = not given), kind, whole_days, requests, exact, closed, within,
-- open_decided, decided_median_s, decided_p90_s.
-- A request's time counts in seconds: calendar mode ($working false) the wall-clock difference;
-- working mode the seconds that fall on working days (not in $weekend, not a holiday) of the
-- organisation's zone, through a cumulative working-day calendar up to the cut-off's day $cut_day.
-- "Decided" means decided before the cut-off $cut; turnaround_s is null for the others. age_s is the
-- time from receipt to the cut-off.
-- Common parameters: $cut (cut-off instant, exclusive), $cut_day (its local day), $zone,
-- $working (boolean), $weekend (ISO weekday list), $window_s (review window in seconds).
-- Filters (null = all): $channel, $service, $branch, $team.
with requests as (
	select
		channel,
		service,
		branch,
		team,
		received_at,
		case when decided_at < $cut then decided_at end as decided_at
	from metrics_request
	where day between $from_day::date and $to_day::date
		and received_at < $cut
		and ($channel::varchar is null or channel = $channel)
		and ($service::varchar is null or service = $service)
		and ($branch::varchar is null or branch = $branch)
		and ($team::varchar is null or team = $team)
),
calendar as (
	select
		d::date as day,
		case when list_contains($weekend, isodow(d)) or h.day is not null then 0 else 1 end as working
	from range($from_day::date::timestamp, $cut_day::date::timestamp + interval 1 day, interval 1 day) as t(d)
	left join holiday h on h.day = d::date
	where $working
),
cumulative as (
	select day, working, (sum(working) over (order by day) - working)::bigint * 86400000000 as before_us
	from calendar
),
cut_point as (
	select c.before_us + c.working * (epoch_us(timezone($zone, $cut::timestamptz)) - epoch_us($cut_day::date::timestamp)) as cut_us
	from cumulative c
	where c.day = $cut_day::date
),
local_times as (
	select
		*,
		case when $working then timezone($zone, received_at) end as local_received,
		case when $working then timezone($zone, decided_at) end as local_decided
	from requests
),
durations as (
	select
		l.*,
		case
			when l.decided_at is null then null
			when not $working then (epoch_us(l.decided_at) - epoch_us(l.received_at)) / 1e6
			-- in whole microseconds, so a turnaround of exactly the window is not off by a rounding
			else ((cd.before_us + cd.working * (epoch_us(l.local_decided) - epoch_us(l.local_decided::date::timestamp)))
				- (cr.before_us + cr.working * (epoch_us(l.local_received) - epoch_us(l.local_received::date::timestamp)))) / 1e6
		end as turnaround_s,
		case
			when not $working then (epoch_us($cut::timestamptz) - epoch_us(l.received_at)) / 1e6
			else ((select cut_us from cut_point)
				- (cr.before_us + cr.working * (epoch_us(l.local_received) - epoch_us(l.local_received::date::timestamp)))) / 1e6
		end as age_s
	from local_times l
	left join cumulative cr on cr.day = l.local_received::date
	left join cumulative cd on cd.day = l.local_decided::date
),
binned as (
	select
		*,
		case when turnaround_s is null then 'censored' else 'event' end as kind,
		floor(coalesce(turnaround_s, age_s) / 86400)::integer as whole_days
	from durations
)
select
	case
		when grouping(channel) = 0 then 'channel'
		when grouping(service) = 0 then 'service'
		when grouping(branch) = 0 then 'branch'
		else 'team'
	end as dimension,
	coalesce(channel, service, branch, team) as key,
	kind,
	whole_days,
	count(*) as requests,
	count(*) filter (where turnaround_s = floor(turnaround_s / 86400) * 86400) as exact,
	count(*) filter (where age_s >= $window_s) as closed,
	count(*) filter (where age_s >= $window_s and turnaround_s <= $window_s) as within,
	count(*) filter (where age_s < $window_s and turnaround_s is not null) as open_decided,
	null::double as decided_median_s,
	null::double as decided_p90_s
from binned
group by grouping sets (
	(channel, kind, whole_days), (service, kind, whole_days), (branch, kind, whole_days), (team, kind, whole_days)
)
union all
select
	case
		when grouping(channel) = 0 then 'channel'
		when grouping(service) = 0 then 'service'
		when grouping(branch) = 0 then 'branch'
		else 'team'
	end as dimension,
	coalesce(channel, service, branch, team) as key,
	'decided' as kind,
	null as whole_days,
	0, 0, 0, 0, 0,
	quantile_cont(turnaround_s, 0.5),
	quantile_cont(turnaround_s, 0.9)
from binned
group by grouping sets ((channel), (service), (branch), (team));
