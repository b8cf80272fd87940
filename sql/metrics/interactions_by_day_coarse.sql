-- Interactions per day and channel over $from_day … $to_day, from the coarse channel roll-up
-- (trends without a service, branch or team filter). Parameters: $from_day, $to_day.
-- Filters (null = all): $channel, $type. Output: day (YYYY-MM-DD), channel, interactions.
select strftime(day, '%Y-%m-%d') as day, channel, sum(interactions)::bigint as interactions
from metrics_interaction_channel_daily
where day between $from_day::date and $to_day::date
	and in_filter(channel, $channel) and in_filter(type, $type)
group by all
order by 1, 2;
