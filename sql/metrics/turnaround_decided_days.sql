-- Calendar counting: support requests received over $from_day … $to_day and decided before $end,
-- per whole days of turnaround (stored per request, no time-zone arithmetic per row).
-- Parameters: $from_day, $to_day (YYYY-MM-DD), $end (the period's end instant, exclusive).
-- Filters (null = all): $channel, $service, $branch, $team. Output: whole_days, requests.
select whole_days, count(*) as requests
from metrics_request
where day between $from_day::date and $to_day::date
	and decided_at < $end
	and ($channel::varchar is null or channel = $channel)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
	and ($team::varchar is null or team = $team)
group by all
order by whole_days;
