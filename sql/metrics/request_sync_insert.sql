-- Adds to metrics_request the support requests received in [$start, $end) that it does not hold
-- yet as they are (new or changed), days in $zone, in order of receipt. turnaround_s =
-- decided_at − received_at in seconds; whole_days its floor in days.
-- Parameters: $start, $end, $zone, $from_day, $to_day.
insert into metrics_request (
	id, day, received_at, decided_at, decided_day, turnaround_s, whole_days, channel, service, branch, team
)
with fresh as (
	select id, received_at, decided_at, channel, service, branch, team
	from interaction
	where type = 'support_request' and received_at >= $start and received_at < $end
),
missing as (
	select f.*, (epoch_us(f.decided_at) - epoch_us(f.received_at)) / 1e6 as turnaround_s
	from fresh f
	where not exists (
		select 1
		from metrics_request m
		where m.day between $from_day::date and $to_day::date
			and m.id = f.id
			and m.received_at = f.received_at
			and m.decided_at is not distinct from f.decided_at
			and m.channel = f.channel
			and m.service is not distinct from f.service
			and m.branch is not distinct from f.branch
			and m.team is not distinct from f.team
	)
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
from missing
order by received_at;
