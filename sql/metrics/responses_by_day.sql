-- Survey answers per day over $from_day … $to_day (roll-up), for trends. Parameters: $from_day, $to_day.
-- Filters (null = all): $channel, $service, $branch ($type and $team need the linked variant).
-- Output: day (YYYY-MM-DD) and the columns of responses.sql except channel.
select strftime(day, '%Y-%m-%d') as day, sum(columns(* exclude (day, channel, service, branch)))::bigint
from metrics_response_daily
where day between $from_day::date and $to_day::date
	and in_filter(channel, $channel) and in_filter(service, $service) and in_filter(branch, $branch)
group by all
order by 1;
