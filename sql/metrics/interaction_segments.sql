-- Interactions per channel, type, service, branch and team over $from_day … $to_day (roll-up).
-- Parameters: $from_day, $to_day.
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: dimension ('channel' | 'type' | 'service' | 'branch' | 'team'), key (null = not given), interactions,
-- answered (of them, with at least one linked answer).
select
	case
		when grouping(channel) = 0 then 'channel'
		when grouping(type) = 0 then 'type'
		when grouping(service) = 0 then 'service'
		when grouping(branch) = 0 then 'branch'
		else 'team'
	end as dimension,
	coalesce(channel, type, service, branch, team) as key,
	sum(interactions)::bigint as interactions,
	sum(answered)::bigint as answered
from metrics_interaction_daily
where day between $from_day::date and $to_day::date
	and in_filter(channel, $channel) and in_filter(type, $type) and in_filter(service, $service)
	and in_filter(branch, $branch) and in_filter(team, $team)
group by grouping sets ((channel), (type), (service), (branch), (team));
