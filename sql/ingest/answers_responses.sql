-- The answers to other questions of the rows that can be stored, one row per non-blank answer,
-- masked. Parameters: $questions (names), $positions (their 1-based columns), $p1, $r1 … $p4, $r4.
-- Creates ingest_answers (id, question, value, masked).
create or replace temp table ingest_answers as
with long as (
	-- the casts type the lists when they are empty (a file with no other questions)
	select t.id, unnest($questions::varchar[]) as question,
		unnest(list_select(r.vals, $positions::bigint[])) as raw_value
	from ingest_typed t
	join ingest_raw r on r.line = t.line
	left join ingest_dupes d on d.id = t.id
	where len(t.reasons) = 0 and (d.id is null or d.keep_line = t.line)
)
select id, question, ingest_mask(ingest_blank(raw_value), $p1, $r1, $p2, $r2, $p3, $r3, $p4, $r4) as value,
	ingest_mask_marks(ingest_mask(ingest_blank(raw_value), $p1, $r1, $p2, $r2, $p3, $r3, $p4, $r4))
		- ingest_mask_marks(ingest_blank(raw_value)) as masked
from long
where ingest_blank(raw_value) is not null;
