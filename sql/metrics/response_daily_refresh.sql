-- Brings metrics_response_daily up to date for answers submitted in [$start, $end), which are
-- exactly the local days $from_day … $to_day in $zone.
-- Inserts only the difference between the fresh aggregate and the rows already there (so the
-- roll-up holds delta rows that readers sum). Nothing is deleted, so concurrent transactions that
-- refresh the same day (two survey answers at once) never conflict, and each adds exactly its own
-- change under snapshot isolation. A full rebuild compacts the rows again.
-- Counted by response_counts (macros.sql). Parameters: $start, $end, $zone, $from_day, $to_day.
insert into metrics_response_daily (day, channel, service, branch, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum)
select day, channel, service, branch, sum(columns(* exclude (day, channel, service, branch)))::bigint
from (
	select
		timezone($zone, submitted_at)::date as day,
		channel,
		service,
		branch,
		unnest(response_counts(csat, nps, ces, interaction_id))
	from response
	where submitted_at >= $start and submitted_at < $end
	group by day, channel, service, branch
	union all
	select day, channel, service, branch, -responses, -linked, -csat_n, -csat_positive, -csat_sum, -nps_n, -nps_promoters, -nps_detractors, -ces_n, -ces_sum, -ces_sq_sum
	from metrics_response_daily
	where day between $from_day::date and $to_day::date
)
group by all
having sum(responses) <> 0 or sum(linked) <> 0 or sum(csat_n) <> 0 or sum(csat_positive) <> 0 or sum(csat_sum) <> 0 or sum(nps_n) <> 0 or sum(nps_promoters) <> 0 or sum(nps_detractors) <> 0 or sum(ces_n) <> 0 or sum(ces_sum) <> 0 or sum(ces_sq_sum) <> 0;
