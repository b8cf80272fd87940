-- Interactions per day and channel from the daily roll-up, for the stacked monthly chart.
-- Parameters: $from_day, $to_day; filters (null = all): $channel, $type, $service, $branch.
-- Output: day (YYYY-MM-DD), channel, interactions.
select strftime(day, '%Y-%m-%d') as day, channel, sum(interactions)::bigint as interactions
from metrics_interaction_daily
where day between $from_day::date and $to_day::date
	and ($channel::varchar is null or channel = $channel)
	and ($type::varchar is null or type = $type)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
group by all
order by 1, 2;
