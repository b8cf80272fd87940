-- Refills the coarse answer roll-up for the days $from_day … $to_day from the fine one.
-- Parameters: $from_day, $to_day.
insert into metrics_response_channel_daily (
	day, channel, responses, linked, csat_n, csat_positive, csat_sum,
	nps_n, nps_promoters, nps_detractors, ces_n, ces_sum
)
select
	day,
	channel,
	sum(responses)::bigint,
	sum(linked)::bigint,
	sum(csat_n)::bigint,
	sum(csat_positive)::bigint,
	sum(csat_sum)::bigint,
	sum(nps_n)::bigint,
	sum(nps_promoters)::bigint,
	sum(nps_detractors)::bigint,
	sum(ces_n)::bigint,
	sum(ces_sum)::bigint
from metrics_response_daily
where day between $from_day::date and $to_day::date
group by all;
