-- Interactions per channel and type over $from_day … $to_day from the coarse roll-up (no
-- service, branch or team filter). Parameters: $from_day, $to_day.
-- Filters (null = all): $channel, $type. Output: channel, type, interactions, answered (of
-- them, with at least one linked answer).
select channel, type, sum(interactions)::bigint as interactions, sum(answered)::bigint as answered
from metrics_interaction_channel_daily
where day between $from_day::date and $to_day::date
	and in_filter(channel, $channel) and in_filter(type, $type)
group by all;
