-- Survey answers per channel, service, branch and team (of the linked interaction) submitted in
-- [$start, $end), from the answers joined to the log. Parameters: $start, $end.
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: dimension ('channel' | 'service' | 'branch' | 'team'), key, and the columns of
-- responses.sql except channel.
select
	case
		when grouping(r.channel) = 0 then 'channel'
		when grouping(r.service) = 0 then 'service'
		when grouping(r.branch) = 0 then 'branch'
		else 'team'
	end as dimension,
	coalesce(r.channel, r.service, r.branch, i.team) as key,
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
group by grouping sets ((r.channel), (r.service), (r.branch), (i.team));
