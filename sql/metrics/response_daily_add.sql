-- Adds answers that were just inserted (none of them counted before) to metrics_response_daily as
-- delta rows: exactly their counts, in time proportional to them rather than to their days (the
-- public survey's group commit). Concurrent refreshes stay exact: each transaction adds its own
-- change only, as with response_daily_refresh. Days are local days in the roll-ups' zone
-- (metrics_rollup_state); before the first build there is no state row and nothing is added.
-- Parameters: $ids (the answers' ids), $start and $end (their earliest and latest submitted_at).
insert into metrics_response_daily (day, channel, service, branch, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum)
select
	timezone(state.time_zone, r.submitted_at)::date as day,
	r.channel,
	r.service,
	r.branch,
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
