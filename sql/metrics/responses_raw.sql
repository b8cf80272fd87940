-- Survey answers per channel submitted in [$start, $end), straight from the answers.
-- Parameters: $start, $end.
-- Filters (null = all): $channel, $service, $branch ($type and $team need the linked variant).
-- Output: as responses.sql.
select channel, unnest(response_counts(csat, nps, ces, interaction_id))
from response
where submitted_at >= $start and submitted_at < $end
	and in_filter(channel, $channel) and in_filter(service, $service) and in_filter(branch, $branch)
group by channel;
