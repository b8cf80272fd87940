-- Answers per calendar piece, channel, service and branch over $from_day … $to_day, from the fine
-- roll-up: the cells the anonymity blocks are made of when no request attribute is involved. A
-- piece is the stretch of days from one of $pieces (its first days, in order, the first of them at
-- or before $from_day) to the next (src/lib/domain/anonymity-blocks.ts, pieceStart).
-- Parameters: $from_day, $to_day, $pieces (VARCHAR[] of 'YYYY-MM-DD').
-- Output: piece ('YYYY-MM-DD'), channel, service, branch; the first and last day of the cell's
-- answers carrying each score (csat_first, csat_last, nps_first, nps_last, ces_first, ces_last:
-- 'YYYY-MM-DD' or null); and every measure column of metrics_response_daily, summed, as DOUBLE
-- (whole numbers: read as plain numbers, not BIGINT, which is slower to read).
with days as (
	select *
	from metrics_response_daily
	where day between $from_day::date and $to_day::date
),
pieces as (
	select unnest($pieces::date[]) as piece
)
select
	p.piece::varchar as piece,
	d.channel, d.service, d.branch,
	(min(d.day) filter (where d.csat_n > 0))::varchar as csat_first,
	(max(d.day) filter (where d.csat_n > 0))::varchar as csat_last,
	(min(d.day) filter (where d.nps_n > 0))::varchar as nps_first,
	(max(d.day) filter (where d.nps_n > 0))::varchar as nps_last,
	(min(d.day) filter (where d.ces_n > 0))::varchar as ces_first,
	(max(d.day) filter (where d.ces_n > 0))::varchar as ces_last,
	sum(columns(d.* exclude (day, channel, service, branch)))::double
from days d
asof join pieces p on d.day >= p.piece
group by p.piece, d.channel, d.service, d.branch
having sum(d.responses) <> 0;
