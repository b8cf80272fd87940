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
	and ($channel::varchar is null or channel = $channel)
	and ($type::varchar is null or type = $type)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
	and ($team::varchar is null or team = $team)
group by all;
