-- The same for the coarse answer roll-up (see response_daily_add): days in the roll-ups' zone,
-- nothing before the first build.
-- Parameters: $ids, $start, $end.
insert into metrics_response_channel_daily (day, channel, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum)
select
	timezone(state.time_zone, r.submitted_at)::date as day,
	r.channel,
	count(*) as responses,
	count(r.interaction_id) as linked,
	count(r.csat) as csat_n,
	count(*) filter (where r.csat >= 4) as csat_positive,
	coalesce(sum(r.csat), 0) as csat_sum,
	count(r.nps) as nps_n,
	count(*) filter (where r.nps >= 9) as nps_promoters,
	count(*) filter (where r.nps <= 6) as nps_detractors,
	count(r.ces) as ces_n,
	coalesce(sum(r.ces), 0) as ces_sum
from response r
join metrics_rollup_state state on state.id = 1
where r.submitted_at >= $start and r.submitted_at <= $end and list_contains($ids::varchar[], r.id)
group by all;
