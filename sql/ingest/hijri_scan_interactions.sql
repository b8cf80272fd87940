-- Per time column of the typed interactions (ingest_typed), how many times were read and how many
-- of those have a year Hijri dates have (ingest_hijri_range): a column whose every time does is
-- read as Hijri (src/lib/server/ingest/hijri.ts). No parameters.
-- Output: received_at_read, received_at_hijri, decided_at_read, decided_at_hijri, closed_at_read,
-- closed_at_hijri.
select
	count(received_at_d) as received_at_read,
	count(*) filter (where ingest_hijri_range(received_at_d)) as received_at_hijri,
	count(decided_at_d) as decided_at_read,
	count(*) filter (where ingest_hijri_range(decided_at_d)) as decided_at_hijri,
	count(closed_at_d) as closed_at_read,
	count(*) filter (where ingest_hijri_range(closed_at_d)) as closed_at_hijri
from ingest_typed;
