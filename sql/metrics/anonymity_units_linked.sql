-- Answers submitted in [$start, $end) per calendar piece, channel, service, branch and the linked
-- request's type and team (null when not linked), from the raw answers: the cells of the
-- anonymity blocks when a type or team filter or the team breakdown is involved. A piece is the
-- stretch of days from one of $pieces (its first days, in order, the first of them at or before
-- the first answer) to the next (src/lib/domain/anonymity-blocks.ts, pieceStart).
-- Parameters: $start, $end, $zone, $pieces (VARCHAR[] of 'YYYY-MM-DD').
-- Output: piece ('YYYY-MM-DD'), channel, service, branch, type, team; the first and last local
-- day of the cell's answers carrying each score (csat_first, csat_last, nps_first, nps_last,
-- ces_first, ces_last: 'YYYY-MM-DD' or null); and the columns of responses.sql except channel,
-- as DOUBLE (whole numbers: read as plain numbers, not BIGINT, which is slower to read).
with answers as (
	select
		timezone($zone, r.submitted_at)::date as day,
		r.channel, r.service, r.branch, i.type, i.team, r.csat, r.nps, r.ces, r.interaction_id
	from response r
	left join interaction i on i.id = r.interaction_id
	where r.submitted_at >= $start and r.submitted_at < $end
),
pieces as (
	select unnest($pieces::date[]) as piece
),
cells as (
select
	p.piece::varchar as piece,
	a.channel, a.service, a.branch, a.type, a.team,
	(min(a.day) filter (where a.csat is not null))::varchar as csat_first,
	(max(a.day) filter (where a.csat is not null))::varchar as csat_last,
	(min(a.day) filter (where a.nps is not null))::varchar as nps_first,
	(max(a.day) filter (where a.nps is not null))::varchar as nps_last,
	(min(a.day) filter (where a.ces is not null))::varchar as ces_first,
	(max(a.day) filter (where a.ces is not null))::varchar as ces_last,
	unnest(response_counts(a.csat, a.nps, a.ces, a.interaction_id))
from answers a
asof join pieces p on a.day >= p.piece
group by p.piece, a.channel, a.service, a.branch, a.type, a.team
)
select
	piece, channel, service, branch, type, team,
	csat_first, csat_last, nps_first, nps_last, ces_first, ces_last,
	columns(* exclude (
		piece, channel, service, branch, type, team,
		csat_first, csat_last, nps_first, nps_last, ces_first, ces_last
	))::double
from cells;
