-- Masked comments of the period, newest first. Parameters: $start, $end (instants, end exclusive);
-- filters (null = all): $channel, $service, $branch, $csat. Output: id, submitted_at, csat, channel, comment.
select id, submitted_at, csat, channel, comment
from response
where submitted_at >= $start and submitted_at < $end
	and comment is not null and trim(comment) <> ''
	and in_filter(channel, $channel) and in_filter(service, $service) and in_filter(branch, $branch)
	and ($csat::integer is null or csat = $csat)
order by submitted_at desc
limit 20000;
