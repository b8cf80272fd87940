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
	unnest(response_counts(r.csat, r.nps, r.ces, r.interaction_id))
from response r
left join interaction i on i.id = r.interaction_id
where r.submitted_at >= $start and r.submitted_at < $end
	and in_filter(r.channel, $channel) and in_filter(r.service, $service) and in_filter(r.branch, $branch)
	and in_filter(i.type, $type) and in_filter(i.team, $team)
group by grouping sets ((r.channel), (r.service), (r.branch), (i.team));
