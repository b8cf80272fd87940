-- Reads the interaction time columns that hold Hijri dates (their header or the mapping says so,
-- or every date in them has a Hijri year: src/lib/server/ingest/hijri.ts) again, as Hijri, first
-- step: each value's date rewritten as its Gregorian day (ingest_hijri_text) into *_text, which
-- type_interactions_hijri_read.sql then reads. A value that is no Hijri date gets a text no parser
-- reads ("hijri:" + the value), so it is unparseable rather than missing (checked_interactions.sql)
-- and never read as Gregorian. Two steps: the rewrite inside the parser's macros made a plan that
-- took minutes. Parameters: $h_received_at, $h_decided_at, $h_closed_at (booleans).
update ingest_typed set
	received_text = case when $h_received_at and ingest_blank(received_raw) is not null
		then coalesce(ingest_hijri_text(ingest_ts_clean(received_raw), h.h_firsts, h.h_days, h.h_from), 'hijri:' || received_raw)
		when $h_received_at then null else received_text end,
	decided_text = case when $h_decided_at and ingest_blank(decided_raw) is not null
		then coalesce(ingest_hijri_text(ingest_ts_clean(decided_raw), h.h_firsts, h.h_days, h.h_from), 'hijri:' || decided_raw)
		when $h_decided_at then null else decided_text end,
	closed_text = case when $h_closed_at and ingest_blank(closed_raw) is not null
		then coalesce(ingest_hijri_text(ingest_ts_clean(closed_raw), h.h_firsts, h.h_days, h.h_from), 'hijri:' || closed_raw)
		when $h_closed_at then null else closed_text end
from ingest_hijri_lists() h
where ($h_received_at and received_raw is not null)
	or ($h_decided_at and decided_raw is not null)
	or ($h_closed_at and closed_raw is not null);
