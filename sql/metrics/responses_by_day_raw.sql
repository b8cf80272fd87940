-- Survey answers per day in $zone submitted in [$start, $end), with filters on the linked
-- interaction (type, team). Parameters: $start, $end, $zone.
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: as responses_by_day.sql.
select
	strftime(timezone($zone, r.submitted_at)::date, '%Y-%m-%d') as day,
	unnest(response_counts(r.csat, r.nps, r.ces, r.interaction_id))
from response r
left join interaction i on i.id = r.interaction_id
where r.submitted_at >= $start and r.submitted_at < $end
	and in_filter(r.channel, $channel) and in_filter(r.service, $service) and in_filter(r.branch, $branch)
	and in_filter(i.type, $type) and in_filter(i.team, $team)
group by day
order by 1;
