-- Survey answers per channel over $from_day … $to_day from the coarse roll-up (no service,
-- branch, type or team filter). Parameters: $from_day, $to_day. Filter (null = all): $channel.
-- Output: as responses.sql.
select
	channel,
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
from metrics_response_channel_daily
where day between $from_day::date and $to_day::date
	and ($channel::varchar is null or channel = $channel)
group by all;
