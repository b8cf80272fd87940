-- Brings metrics_interaction_daily up to date for interactions received in [$start, $end),
-- which are exactly the local days $from_day … $to_day in $zone. `answered` counts the
-- interactions that have at least one survey answer linked to them (response.interaction_id),
-- whenever it was submitted.
-- Inserts only the difference between the fresh aggregate and the rows already there (so the
-- roll-up holds delta rows that readers sum). Nothing is deleted, so concurrent transactions that
-- refresh the same day (two survey answers at once) never conflict, and each adds exactly its own
-- change under snapshot isolation. A full rebuild compacts the rows again.
-- Parameters: $start, $end, $zone, $from_day, $to_day.
insert into metrics_interaction_daily (day, channel, type, service, branch, team, interactions, answered)
select day, channel, type, service, branch, team, sum(interactions)::bigint as interactions,
	sum(answered)::bigint as answered
from (
	select
		timezone($zone, received_at)::date as day,
		channel,
		type,
		service,
		branch,
		team,
		count(*) as interactions,
		count(*) filter (where id in (
			select interaction_id from response where interaction_id is not null
		)) as answered
	from interaction
	where received_at >= $start and received_at < $end
	group by all
	union all
	select day, channel, type, service, branch, team, -interactions, -answered
	from metrics_interaction_daily
	where day between $from_day::date and $to_day::date
)
group by all
having sum(interactions) <> 0 or sum(answered) <> 0;
