-- Survey answers per channel submitted in [$start, $end), with filters on the linked interaction
-- (type, team): answers not linked to an interaction match only when those filters are null.
-- Parameters: $start, $end.
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: as responses.sql.
select r.channel, unnest(response_counts(r.csat, r.nps, r.ces, r.interaction_id))
from response r
left join interaction i on i.id = r.interaction_id
where r.submitted_at >= $start and r.submitted_at < $end
	and in_filter(r.channel, $channel) and in_filter(r.service, $service) and in_filter(r.branch, $branch)
	and in_filter(i.type, $type) and in_filter(i.team, $team)
group by r.channel;
