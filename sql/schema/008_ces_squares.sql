-- 008_ces_squares: the answer roll-ups also keep the sum of the squares of the ces answers, so that
-- the CES figure can carry a Student-t interval (its spread): ces_sq_sum = Σ ces² next to ces_n and
-- ces_sum. Existing rows cannot be given their share of it (the roll-ups hold delta rows), so both
-- answer roll-ups are rebuilt from the answers, compacted, in the zone they were built in
-- (metrics_rollup_state); before the first build they are empty and stay so. The tables are
-- recreated rather than altered: DuckDB refuses to commit rows written to a table altered in the
-- same transaction.
create table metrics_response_daily_rebuilt (
	day date not null,
	channel varchar,
	service varchar,
	branch varchar,
	responses bigint not null,
	-- answers linked to an interaction (response rates are approximate where some are not)
	linked bigint not null,
	csat_n bigint not null,
	csat_positive bigint not null,
	csat_sum bigint not null,
	nps_n bigint not null,
	nps_promoters bigint not null,
	nps_detractors bigint not null,
	ces_n bigint not null,
	ces_sum bigint not null,
	-- Σ ces², for the spread of the CES answers
	ces_sq_sum bigint not null
);

insert into metrics_response_daily_rebuilt
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

create table metrics_response_channel_daily_rebuilt (
	day date not null,
	channel varchar,
	responses bigint not null,
	linked bigint not null,
	csat_n bigint not null,
	csat_positive bigint not null,
	csat_sum bigint not null,
	nps_n bigint not null,
	nps_promoters bigint not null,
	nps_detractors bigint not null,
	ces_n bigint not null,
	ces_sum bigint not null,
	ces_sq_sum bigint not null
);

insert into metrics_response_channel_daily_rebuilt
select day, channel, sum(responses), sum(linked), sum(csat_n), sum(csat_positive), sum(csat_sum),
	sum(nps_n), sum(nps_promoters), sum(nps_detractors), sum(ces_n), sum(ces_sum), sum(ces_sq_sum)
from metrics_response_daily_rebuilt
group by all;

drop table metrics_response_daily;
drop table metrics_response_channel_daily;
alter table metrics_response_daily_rebuilt rename to metrics_response_daily;
alter table metrics_response_channel_daily_rebuilt rename to metrics_response_channel_daily;
