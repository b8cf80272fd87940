-- Interactions per day and channel over $from_day … $to_day, from the daily roll-up (for trends).
-- Parameters: $from_day, $to_day.
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: day (YYYY-MM-DD), channel, interactions.
select strftime(day, '%Y-%m-%d') as day, channel, sum(interactions)::bigint as interactions
from metrics_interaction_daily
where day between $from_day::date and $to_day::date
	and in_filter(channel, $channel) and in_filter(type, $type) and in_filter(service, $service)
	and in_filter(branch, $branch) and in_filter(team, $team)
group by all
order by 1, 2;
