-- Support requests received by the end of the period, not decided by then, older than the window:
-- the follow-up list (ids only, never a beneficiary). Parameters: $end (exclusive instant),
-- $window_start (requests received before it are overdue); filters (null = all): $channel, $service, $branch.
-- Output: id, received_at, channel, service, branch.
select id, received_at, channel, service, branch
from interaction
where type = 'support_request'
	and received_at < $window_start
	and (decided_at is null or decided_at >= $end)
	and in_filter(channel, $channel) and in_filter(service, $service) and in_filter(branch, $branch)
order by received_at
limit 500;
