-- Interactions per channel and type received in [$start, $end), straight from the log.
-- Parameters: $start, $end (instants).
-- Filters (null = all): $channel, $type, $service, $branch, $team.
-- Output: channel, type, interactions, answered (of them, with at least one linked answer, at
-- any time).
select channel, type, count(*) as interactions,
	count(*) filter (where id in (
		select interaction_id from response where interaction_id is not null
	)) as answered
from interaction
where received_at >= $start and received_at < $end
	and in_filter(channel, $channel) and in_filter(type, $type) and in_filter(service, $service)
	and in_filter(branch, $branch) and in_filter(team, $team)
group by all;
