-- Copies the support requests received in [$start, $end) into metrics_request, days in $zone.
-- Parameters: $start, $end, $zone.
insert into metrics_request (
	id, day, received_at, decided_at, decided_day, turnaround_s, whole_days, channel, service, branch, team
)
with requests as (
	select
		id,
		received_at,
		decided_at,
		(epoch_us(decided_at) - epoch_us(received_at)) / 1e6 as turnaround_s,
		channel,
		service,
		branch,
		team
	from interaction
	where type = 'support_request' and received_at >= $start and received_at < $end
)
select
	id,
	timezone($zone, received_at)::date as day,
	received_at,
	decided_at,
	timezone($zone, decided_at)::date as decided_day,
	turnaround_s,
	floor(turnaround_s / 86400)::integer as whole_days,
	channel,
	service,
	branch,
	team
from requests
order by received_at;
