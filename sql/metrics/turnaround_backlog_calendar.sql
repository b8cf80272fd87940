-- Calendar counting: the backlog at the cut-off $cut (turnaround_backlog.sql without the
-- working-day calendar): every support request received before $overdue_before (= cut-off −
-- window, so older than the window) and not decided before the cut-off, whatever day it came in,
-- per whole days of age. Parameters: $cut, $overdue_before. Filters (null = all): $channel,
-- $service, $branch, $team. Output: whole_days, requests.
select
	floor((epoch_us($cut::timestamptz) - epoch_us(received_at)) / 86400e6)::integer as whole_days,
	count(*) as requests
from metrics_request
where received_at < $overdue_before
	and (decided_at is null or decided_at >= $cut)
	and ($channel::varchar is null or channel = $channel)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
	and ($team::varchar is null or team = $team)
group by all
order by whole_days;
