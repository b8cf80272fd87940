-- Survey answers per channel submitted in [$start, $end), straight from the answers.
-- Parameters: $start, $end.
-- Filters (null = all): $channel, $service, $branch ($type and $team need the linked variant).
-- Output: as responses.sql.
select
	channel,
	count(*) as responses,
	count(interaction_id) as linked,
	count(csat) as csat_n,
	count(*) filter (where csat >= 4) as csat_positive,
	coalesce(sum(csat), 0) as csat_sum,
	count(nps) as nps_n,
	count(*) filter (where nps >= 9) as nps_promoters,
	count(*) filter (where nps <= 6) as nps_detractors,
	count(ces) as ces_n,
	coalesce(sum(ces), 0) as ces_sum,
	coalesce(sum(ces::bigint * ces), 0) as ces_sq_sum
from response
where submitted_at >= $start and submitted_at < $end
	and ($channel::varchar is null or channel = $channel)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
group by all;
