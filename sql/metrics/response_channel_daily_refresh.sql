-- Brings the coarse answer roll-up up to date for the days $from_day … $to_day from the fine one.
-- Inserts only the difference between the fresh aggregate and the rows already there (so the
-- roll-up holds delta rows that readers sum). Nothing is deleted, so concurrent transactions that
-- refresh the same day (two survey answers at once) never conflict, and each adds exactly its own
-- change under snapshot isolation. A full rebuild compacts the rows again.
-- Parameters: $from_day, $to_day.
insert into metrics_response_channel_daily (day, channel, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum)
select day, channel, sum(columns(* exclude (day, channel)))::bigint
from (
	select day, channel, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum
	from metrics_response_daily
	where day between $from_day::date and $to_day::date
	union all
	select day, channel, -responses, -linked, -csat_n, -csat_positive, -csat_sum, -nps_n, -nps_promoters, -nps_detractors, -ces_n, -ces_sum, -ces_sq_sum
	from metrics_response_channel_daily
	where day between $from_day::date and $to_day::date
)
group by all
having sum(responses) <> 0 or sum(linked) <> 0 or sum(csat_n) <> 0 or sum(csat_positive) <> 0 or sum(csat_sum) <> 0 or sum(nps_n) <> 0 or sum(nps_promoters) <> 0 or sum(nps_detractors) <> 0 or sum(ces_n) <> 0 or sum(ces_sum) <> 0 or sum(ces_sq_sum) <> 0;
