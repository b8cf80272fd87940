-- Brings metrics_response_daily up to date for answers submitted in [$start, $end), which are
-- exactly the local days $from_day … $to_day in $zone.
-- Inserts only the difference between the fresh aggregate and the rows already there (so the
-- roll-up holds delta rows that readers sum). Nothing is deleted, so concurrent transactions that
-- refresh the same day (two survey answers at once) never conflict, and each adds exactly its own
-- change under snapshot isolation. A full rebuild compacts the rows again.
-- Parameters: $start, $end, $zone, $from_day, $to_day.
insert into metrics_response_daily (day, channel, service, branch, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum)
select day, channel, service, branch, sum(responses)::bigint as responses, sum(linked)::bigint as linked, sum(csat_n)::bigint as csat_n, sum(csat_positive)::bigint as csat_positive, sum(csat_sum)::bigint as csat_sum, sum(nps_n)::bigint as nps_n, sum(nps_promoters)::bigint as nps_promoters, sum(nps_detractors)::bigint as nps_detractors, sum(ces_n)::bigint as ces_n, sum(ces_sum)::bigint as ces_sum, sum(ces_sq_sum)::bigint as ces_sq_sum
from (
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
		coalesce(sum(ces), 0) as ces_sum,
		coalesce(sum(ces::bigint * ces), 0) as ces_sq_sum
	from response
	where submitted_at >= $start and submitted_at < $end
	group by all
	union all
	select day, channel, service, branch, -responses, -linked, -csat_n, -csat_positive, -csat_sum, -nps_n, -nps_promoters, -nps_detractors, -ces_n, -ces_sum, -ces_sq_sum
	from metrics_response_daily
	where day between $from_day::date and $to_day::date
)
group by all
having sum(responses) <> 0 or sum(linked) <> 0 or sum(csat_n) <> 0 or sum(csat_positive) <> 0 or sum(csat_sum) <> 0 or sum(nps_n) <> 0 or sum(nps_promoters) <> 0 or sum(nps_detractors) <> 0 or sum(ces_n) <> 0 or sum(ces_sum) <> 0 or sum(ces_sq_sum) <> 0;
