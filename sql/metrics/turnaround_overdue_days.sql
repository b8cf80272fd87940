-- Calendar counting: support requests received over $from_day … $to_day, not decided before $end
-- and older than the review window at $end, per whole days of age at $end.
-- Parameters: $from_day, $to_day (YYYY-MM-DD), $end (the period's end instant, exclusive),
-- $window_s (review window in seconds). Filters (null = all): $channel, $service, $branch, $team.
-- Output: whole_days, requests.
select
	floor((epoch_us($end) - epoch_us(received_at)) / 86400e6)::integer as whole_days,
	count(*) as requests
from metrics_request
where day between $from_day::date and $to_day::date
	and (decided_at is null or decided_at >= $end)
	and (epoch_us($end) - epoch_us(received_at)) / 1e6 > $window_s
	and ($channel::varchar is null or channel = $channel)
	and ($service::varchar is null or service = $service)
	and ($branch::varchar is null or branch = $branch)
	and ($team::varchar is null or team = $team)
group by all
order by whole_days;
