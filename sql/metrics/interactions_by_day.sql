-- Interactions per day over $from_day … $to_day, from the daily roll-up (for trends).
-- Parameters: $from_day, $to_day.
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: day (YYYY-MM-DD), interactions.
select strftime(day, '%Y-%m-%d') as day, sum(interactions)::bigint as interactions
from metrics_interaction_daily
where day between $from_day::date and $to_day::date
	and ($channel::varchar is null or channel = $channel)
	and ($type::varchar is null or type = $type)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
	and ($team::varchar is null or team = $team)
group by all
order by 1;
