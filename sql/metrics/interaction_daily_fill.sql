-- Adds interaction roll-up rows for interactions received in [$start, $end), days in $zone.
-- Parameters: $start, $end (instants at local midnights), $zone.
insert into metrics_interaction_daily (day, channel, type, service, branch, team, interactions)
select
	timezone($zone, received_at)::date as day,
	channel,
	type,
	service,
	branch,
	team,
	count(*) as interactions
from interaction
where received_at >= $start and received_at < $end
group by all;
