-- Reads the interaction time columns that hold Hijri dates again, second step: the Gregorian text
-- type_interactions_hijri.sql wrote is parsed (never month-first). Parameters: $h_received_at,
-- $h_decided_at, $h_closed_at (booleans), $zone.
update ingest_typed set
	received_at_d = case when $h_received_at then ingest_ts(received_text, $zone, false) else received_at_d end,
	received_at_m = case when $h_received_at then null else received_at_m end,
	decided_at_d = case when $h_decided_at then ingest_ts(decided_text, $zone, false) else decided_at_d end,
	decided_at_m = case when $h_decided_at then null else decided_at_m end,
	closed_at_d = case when $h_closed_at then ingest_ts(closed_text, $zone, false) else closed_at_d end,
	closed_at_m = case when $h_closed_at then null else closed_at_m end
where ($h_received_at and received_raw is not null)
	or ($h_decided_at and decided_raw is not null)
	or ($h_closed_at and closed_raw is not null);
