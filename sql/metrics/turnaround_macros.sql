-- The turnaround chain the sql/metrics/turnaround_*.sql queries share, written once as temporary
-- table macros: which requests count, and each one's turnaround and age in seconds up to the
-- cut-off, in calendar or working days. Run once per connection by the metrics code before its first
-- turnaround query (context.ts `run`), not with metrics/macros.sql: DuckDB binds a table macro's
-- tables when it is created, and a new store's first connection comes before its tables (a macro's
-- text is still bound again at every use, so a table replaced later is read as it is then). Query
-- parameters cannot stand in a macro's body, so every value comes in as an argument; the argument
-- names differ from every column name (inside the body a parameter would shadow a column of its
-- name). Arguments passed as literals (from_log, open_only) are folded away by DuckDB's optimizer,
-- so each query scans one table with the filters it always had. No parameters.

-- turnaround_requests: the support requests that count, their decision kept only when it came before
-- the cut-off at_cut. from_log false: from metrics_request, received on days_from … days_to (or, for
-- the backlog, open_only true: on a day up to at_cut_day and not decided before at_cut); from_log
-- true: straight from the interaction log, received in received_from … received_before (or, open_only,
-- at any time and not decided before at_cut). Always received before at_cut. Filters (null = all):
-- only_channel, only_service, only_branch, only_team, and one segment: segment_dimension
-- ('channel' | 'service' | 'branch' | 'team') = segment_key.
-- Output: channel, service, branch, team, received_at, decided_at.
create or replace temp macro turnaround_requests(
	from_log, open_only, at_cut, at_cut_day,
	days_from := null, days_to := null, received_from := null, received_before := null,
	only_channel := null, only_service := null, only_branch := null, only_team := null,
	segment_dimension := null, segment_key := null
) as table
with chosen as (
	select channel, service, branch, team, received_at, decided_at
	from metrics_request
	where not from_log
		and (open_only or day between days_from::date and days_to::date)
		and (not open_only or day <= at_cut_day::date)
	union all
	select channel, service, branch, team, received_at, decided_at
	from interaction
	where from_log and type = 'support_request'
		and (open_only or received_at >= received_from and received_at < received_before)
)
select
	channel,
	service,
	branch,
	team,
	received_at,
	case when decided_at < at_cut then decided_at end as decided_at
from chosen
where received_at < at_cut
	and (not open_only or decided_at is null or decided_at >= at_cut)
	and in_filter(channel, only_channel)
	and in_filter(service, only_service)
	and in_filter(branch, only_branch)
	and in_filter(team, only_team)
	and (segment_dimension::varchar is null
		or (case segment_dimension when 'channel' then channel when 'service' then service when 'branch' then branch else team end)
			is not distinct from segment_key);

-- turnaround_durations: the requests of turnaround_requests (the same arguments, plus those below),
-- each with turnaround_s (seconds from receipt to a decision before the cut-off; null for the others)
-- and age_s (seconds from receipt to the cut-off). Calendar mode (by_working false): the wall-clock difference. Working mode: the seconds that
-- fall on working days (not in weekend_days, not a holiday) of the organisation's zone in_zone,
-- through a cumulative working-day calendar from first_day up to the cut-off's day at_cut_day
-- (first_day must be on or before the first request's local day). Whole microseconds are counted,
-- so a turnaround of exactly the window is not off by a rounding.
-- Output: channel, service, branch, team, received_at, decided_at, local_received, local_decided,
-- turnaround_s, age_s.
create or replace temp macro turnaround_durations(
	from_log, open_only, at_cut, at_cut_day, in_zone, by_working, weekend_days, first_day,
	days_from := null, days_to := null, received_from := null, received_before := null,
	only_channel := null, only_service := null, only_branch := null, only_team := null,
	segment_dimension := null, segment_key := null
) as table
with calendar as (
	select
		d::date as day,
		case when list_contains(weekend_days, isodow(d)) or h.day is not null then 0 else 1 end as working
	from range(first_day::date::timestamp, at_cut_day::date::timestamp + interval 1 day, interval 1 day) as t(d)
	left join holiday h on h.day = d::date
	where by_working
),
-- not materialized: a materialized CTE would keep DuckDB from dropping the columns a query does not
-- read (it is a few hundred rows, worked out again at each of its three uses)
cumulative as not materialized (
	select day, working, (sum(working) over (order by day) - working)::bigint * 86400000000 as before_us
	from calendar
),
cut_point as (
	select c.before_us + c.working * (epoch_us(timezone(in_zone, at_cut::timestamptz)) - epoch_us(at_cut_day::date::timestamp)) as cut_us
	from cumulative c
	where c.day = at_cut_day::date
),
local_times as (
	select
		*,
		case when by_working then timezone(in_zone, received_at) end as local_received,
		case when by_working then timezone(in_zone, decided_at) end as local_decided
	from turnaround_requests(
		from_log, open_only, at_cut, at_cut_day,
		days_from := days_from, days_to := days_to,
		received_from := received_from, received_before := received_before,
		only_channel := only_channel, only_service := only_service,
		only_branch := only_branch, only_team := only_team,
		segment_dimension := segment_dimension, segment_key := segment_key
	)
),
durations as (
	select
		l.*,
		case
			when l.decided_at is null then null
			when not by_working then (epoch_us(l.decided_at) - epoch_us(l.received_at)) / 1e6
			else ((cd.before_us + cd.working * (epoch_us(l.local_decided) - epoch_us(l.local_decided::date::timestamp)))
				- (cr.before_us + cr.working * (epoch_us(l.local_received) - epoch_us(l.local_received::date::timestamp)))) / 1e6
		end as turnaround_s,
		case
			when not by_working then (epoch_us(at_cut::timestamptz) - epoch_us(l.received_at)) / 1e6
			else ((select cut_us from cut_point)
				- (cr.before_us + cr.working * (epoch_us(l.local_received) - epoch_us(l.local_received::date::timestamp)))) / 1e6
		end as age_s
	from local_times l
	left join cumulative cr on cr.day = l.local_received::date
	left join cumulative cd on cd.day = l.local_decided::date
)
select * from durations;

-- turnaround_kind(turnaround_s): 'event' (decided before the cut-off) or 'censored' (still open then).
create or replace temp macro turnaround_kind(turnaround_s) as
	case when turnaround_s is null then 'censored' else 'event' end;

-- turnaround_whole_days(turnaround_s, age_s): ⌊turnaround⌋ in days for a decided request, ⌊age at
-- the cut-off⌋ for an open one.
create or replace temp macro turnaround_whole_days(turnaround_s, age_s) as
	floor(coalesce(turnaround_s, age_s) / 86400)::integer;

-- turnaround_counts(turnaround_s, age_s, window_s): an aggregate over rows of turnaround_durations,
-- as a struct of the measures of turnaround_bins.sql in its column order: requests; exact (events
-- after exactly whole days); closed (window closed by the cut-off: age ≥ window); within (closed and
-- decided within the window); open_decided (window still running, decided). Read it as columns with
-- unnest(turnaround_counts(…)) and a group by that names its columns.
create or replace temp macro turnaround_counts(turnaround_s, age_s, window_s) as {
	'requests': count(*),
	'exact': count(*) filter (where turnaround_s = floor(turnaround_s / 86400) * 86400),
	'closed': count(*) filter (where age_s >= window_s),
	'within': count(*) filter (where age_s >= window_s and turnaround_s <= window_s),
	'open_decided': count(*) filter (where age_s < window_s and turnaround_s is not null)
};

-- segment_of(grouping(channel), grouping(service), grouping(branch)): which dimension a row of a
-- group by grouping sets ((channel), (service), (branch), (team)) is the total of.
create or replace temp macro segment_of(by_channel, by_service, by_branch) as
	case
		when by_channel = 0 then 'channel'
		when by_service = 0 then 'service'
		when by_branch = 0 then 'branch'
		else 'team'
	end;
