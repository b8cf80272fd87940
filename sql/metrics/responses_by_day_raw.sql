-- Survey answers per day in $zone submitted in [$start, $end), with filters on the linked
-- interaction (type, team). Parameters: $start, $end, $zone.
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: as responses_by_day.sql.
select
	strftime(timezone($zone, r.submitted_at)::date, '%Y-%m-%d') as day,
	count(*) as responses,
	count(r.interaction_id) as linked,
	count(r.csat) as csat_n,
	count(*) filter (where r.csat >= 4) as csat_positive,
	coalesce(sum(r.csat), 0) as csat_sum,
	count(r.nps) as nps_n,
	count(*) filter (where r.nps >= 9) as nps_promoters,
	count(*) filter (where r.nps <= 6) as nps_detractors,
	count(r.ces) as ces_n,
	coalesce(sum(r.ces), 0) as ces_sum,
	coalesce(sum(r.ces::bigint * r.ces), 0) as ces_sq_sum
from response r
left join interaction i on i.id = r.interaction_id
where r.submitted_at >= $start and r.submitted_at < $end
	and ($channel::varchar is null or r.channel = $channel)
	and ($service::varchar is null or r.service = $service)
	and ($branch::varchar is null or r.branch = $branch)
	and ($type::varchar is null or i.type = $type)
	and ($team::varchar is null or i.team = $team)
group by all
order by 1;
