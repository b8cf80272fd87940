-- Answers submitted in [$start, $end) per local day, channel, service, branch and the linked
-- request's type and team (null when not linked), from the raw answers: the cells of the
-- anonymity blocks when a type or team filter or the team breakdown is involved.
-- Parameters: $start, $end, $zone.
-- Output: day ('YYYY-MM-DD'), channel, service, branch, type, team and the columns of
-- responses.sql except channel.
select
	timezone($zone, r.submitted_at)::date::varchar as day,
	r.channel, r.service, r.branch, i.type, i.team,
	unnest(response_counts(r.csat, r.nps, r.ces, r.interaction_id))
from response r
left join interaction i on i.id = r.interaction_id
where r.submitted_at >= $start and r.submitted_at < $end
group by day, r.channel, r.service, r.branch, i.type, i.team;
