-- Survey answers per channel over $from_day … $to_day from the coarse roll-up (no service,
-- branch or team filter). Parameters: $from_day, $to_day. Filter (null = all): $channel.
-- Output: as responses.sql.
select channel, sum(columns(* exclude (day, channel)))::bigint
from metrics_response_channel_daily
where day between $from_day::date and $to_day::date and in_filter(channel, $channel)
group by all;
