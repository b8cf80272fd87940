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
	sum(responses)::bigint as responses,
	sum(linked)::bigint as linked,
	sum(csat_n)::bigint as csat_n,
	sum(csat_positive)::bigint as csat_positive,
	sum(csat_sum)::bigint as csat_sum,
	sum(nps_n)::bigint as nps_n,
	sum(nps_promoters)::bigint as nps_promoters,
	sum(nps_detractors)::bigint as nps_detractors,
	sum(ces_n)::bigint as ces_n,
	sum(ces_sum)::bigint as ces_sum,
	sum(ces_sq_sum)::bigint as ces_sq_sum
from metrics_response_daily
where day between $from_day::date and $to_day::date
	and ($channel::varchar is null or channel = $channel)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
group by grouping sets ((channel), (service), (branch));
