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
	and ($channel::varchar is null or channel = $channel)
	and ($type::varchar is null or type = $type)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
	and ($team::varchar is null or team = $team)
group by grouping sets ((channel), (type), (service), (branch), (team));
