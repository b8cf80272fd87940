-- The earliest and latest received_at of the interactions named in $ids (answers just linked to
-- them or unlinked from them): the days whose answered counts the roll-ups recount.
-- Parameters: $ids (varchar[]). Output: one row, from_at and to_at (null when none is stored).
select min(received_at) as from_at, max(received_at) as to_at
from interaction
where id in (select unnest($ids::varchar[]));
