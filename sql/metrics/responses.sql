-- Survey answers per channel over $from_day … $to_day with the counts and sums of every score,
-- from the daily roll-up. Parameters: $from_day, $to_day.
-- Filters (null = all): $channel, $service, $branch ($type and $team need the linked variant).
-- Output: channel, responses, linked, csat_n, csat_positive (4–5), csat_sum, nps_n,
-- nps_promoters (9–10), nps_detractors (0–6), ces_n, ces_sum, ces_sq_sum (Σ ces²).
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
from metrics_response_daily
where day between $from_day::date and $to_day::date
	and ($channel::varchar is null or channel = $channel)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
group by all;
