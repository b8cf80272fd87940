-- Refills the coarse interaction roll-up for the days $from_day … $to_day from the fine one
-- (run after metrics_interaction_daily is up to date). Parameters: $from_day, $to_day.
insert into metrics_interaction_channel_daily (day, channel, type, interactions)
select day, channel, type, sum(interactions)::bigint
from metrics_interaction_daily
where day between $from_day::date and $to_day::date
group by all;
