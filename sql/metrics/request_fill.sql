-- Copies the support requests received in [$start, $end) into metrics_request, days in $zone.
-- Parameters: $start, $end, $zone.
insert into metrics_request (id, day, received_at, decided_at, channel, service, branch, team)
select
	id,
	timezone($zone, received_at)::date as day,
	received_at,
	decided_at,
	channel,
	service,
	branch,
	team
from interaction
where type = 'support_request' and received_at >= $start and received_at < $end
order by received_at;
