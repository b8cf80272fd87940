-- Interactions per channel and type over the days $from_day … $to_day, from the daily roll-up.
-- Parameters: $from_day, $to_day (YYYY-MM-DD, in the organisation's zone).
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: channel, type, interactions, answered (of them, with at least one linked answer).
select channel, type, sum(interactions)::bigint as interactions, sum(answered)::bigint as answered
from metrics_interaction_daily
where day between $from_day::date and $to_day::date
	and ($channel::varchar is null or channel = $channel)
	and ($type::varchar is null or type = $type)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
	and ($team::varchar is null or team = $team)
group by all;
