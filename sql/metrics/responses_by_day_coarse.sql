-- Survey answers per day over $from_day … $to_day from the coarse channel roll-up (trends without a
-- service, branch or team filter). Parameters: $from_day, $to_day.
-- Filter (null = all): $channel ($type and $team need the linked variant).
-- Output: day (YYYY-MM-DD) and the columns of responses.sql except channel.
select strftime(day, '%Y-%m-%d') as day, sum(columns(* exclude (day, channel)))::bigint
from metrics_response_channel_daily
where day between $from_day::date and $to_day::date and in_filter(channel, $channel)
group by all
order by 1;
