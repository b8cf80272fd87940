-- Brings the coarse interaction roll-up up to date for the days $from_day … $to_day from the
-- fine one (run after metrics_interaction_daily is up to date).
-- Inserts only the difference between the fresh aggregate and the rows already there (so the
-- roll-up holds delta rows that readers sum). Nothing is deleted, so concurrent transactions that
-- refresh the same day (two survey answers at once) never conflict, and each adds exactly its own
-- change under snapshot isolation. A full rebuild compacts the rows again.
-- Parameters: $from_day, $to_day.
insert into metrics_interaction_channel_daily (day, channel, type, interactions, answered)
select day, channel, type, sum(interactions)::bigint as interactions,
	sum(answered)::bigint as answered
from (
	select day, channel, type, interactions, answered
	from metrics_interaction_daily
	where day between $from_day::date and $to_day::date
	union all
	select day, channel, type, -interactions, -answered
	from metrics_interaction_channel_daily
	where day between $from_day::date and $to_day::date
)
group by all
having sum(interactions) <> 0 or sum(answered) <> 0;
