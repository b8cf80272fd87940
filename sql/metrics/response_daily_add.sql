-- Adds answers that were just inserted (none of them counted before) to metrics_response_daily as
-- delta rows: exactly their counts, in time proportional to them rather than to their days (the
-- public survey's group commit). Concurrent refreshes stay exact: each transaction adds its own
-- change only, as with response_daily_refresh.
-- Parameters: $ids (the answers' ids), $start and $end (their earliest and latest submitted_at),
-- $zone.
insert into metrics_response_daily (day, channel, service, branch, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum)
select
	timezone($zone, submitted_at)::date as day,
	channel,
	service,
	branch,
	count(*) as responses,
	count(interaction_id) as linked,
	count(csat) as csat_n,
	count(*) filter (where csat >= 4) as csat_positive,
	coalesce(sum(csat), 0) as csat_sum,
	count(nps) as nps_n,
	count(*) filter (where nps >= 9) as nps_promoters,
	count(*) filter (where nps <= 6) as nps_detractors,
	count(ces) as ces_n,
	coalesce(sum(ces), 0) as ces_sum
from response
where submitted_at >= $start and submitted_at <= $end and list_contains($ids::varchar[], id)
group by all;
