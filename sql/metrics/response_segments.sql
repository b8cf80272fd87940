-- Survey answers per channel, service and branch over $from_day … $to_day (roll-up).
-- Parameters: $from_day, $to_day.
-- Filters (null = all): $channel, $service, $branch ($type and $team need the linked variant).
-- Output: dimension ('channel' | 'service' | 'branch'), key (null = not given), and the columns
-- of responses.sql except channel.
select
	case
		when grouping(channel) = 0 then 'channel'
		when grouping(service) = 0 then 'service'
		else 'branch'
	end as dimension,
	coalesce(channel, service, branch) as key,
	sum(columns(* exclude (day, channel, service, branch)))::bigint
from metrics_response_daily
where day between $from_day::date and $to_day::date
	and in_filter(channel, $channel) and in_filter(service, $service) and in_filter(branch, $branch)
group by grouping sets ((channel), (service), (branch));
