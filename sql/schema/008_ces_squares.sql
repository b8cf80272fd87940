-- 008_ces_squares: the answer roll-ups also keep the sum of the squares of the ces answers, so that
-- the CES figure can carry a Student-t interval (its spread): ces_sq_sum = Σ ces² next to ces_n and
-- ces_sum. Existing rows cannot be given their share of it (the roll-ups hold delta rows), so both
-- answer roll-ups are refilled from the answers, compacted, in the zone they were built in
-- (metrics_rollup_state); before the first build they are empty and stay so.
alter table metrics_response_daily add column ces_sq_sum bigint default 0;
alter table metrics_response_channel_daily add column ces_sq_sum bigint default 0;

delete from metrics_response_daily;
delete from metrics_response_channel_daily;

insert into metrics_response_daily (day, channel, service, branch, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum)
select
	timezone(s.time_zone, r.submitted_at)::date as day,
	r.channel,
	r.service,
	r.branch,
	count(*),
	count(r.interaction_id),
	count(r.csat),
	count(*) filter (where r.csat >= 4),
	coalesce(sum(r.csat), 0),
	count(r.nps),
	count(*) filter (where r.nps >= 9),
	count(*) filter (where r.nps <= 6),
	count(r.ces),
	coalesce(sum(r.ces), 0),
	coalesce(sum(r.ces::bigint * r.ces), 0)
from response r
join metrics_rollup_state s on s.id = 1
group by all;

insert into metrics_response_channel_daily (day, channel, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum)
select day, channel, sum(responses), sum(linked), sum(csat_n), sum(csat_positive), sum(csat_sum), sum(nps_n), sum(nps_promoters), sum(nps_detractors), sum(ces_n), sum(ces_sum), sum(ces_sq_sum)
from metrics_response_daily
group by all;

alter table metrics_response_daily alter column ces_sq_sum set not null;
alter table metrics_response_channel_daily alter column ces_sq_sum set not null;
