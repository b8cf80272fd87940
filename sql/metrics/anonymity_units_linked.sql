-- Answers submitted in [$start, $end) per local day, channel, service, branch and the linked
-- request's type and team (null when not linked), from the raw answers: the cells of the
-- anonymity blocks when a type or team filter or the team breakdown is involved.
-- Parameters: $start, $end, $zone.
-- Output: day ('YYYY-MM-DD'), channel, service, branch, type, team and the columns of
-- responses.sql except channel.
select
	timezone($zone, r.submitted_at)::date::varchar as day,
	r.channel,
	r.service,
	r.branch,
	i.type,
	i.team,
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
group by all;
