-- Interactions per channel and type over the days $from_day … $to_day, from the daily roll-up.
-- Parameters: $from_day, $to_day (YYYY-MM-DD, in the organisation's zone).
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: channel, type, interactions, answered (of them, with at least one linked answer).
select channel, type, sum(interactions)::bigint as interactions, sum(answered)::bigint as answered
from metrics_interaction_daily
where day between $from_day::date and $to_day::date
	and in_filter(channel, $channel) and in_filter(type, $type) and in_filter(service, $service)
	and in_filter(branch, $branch) and in_filter(team, $team)
group by all;
