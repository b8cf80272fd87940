-- Third typing pass: each trimmed time read the general way (every shape ingest_ts knows), day-first
-- (or in its only way), and month-first too when it has slashes; outcome_interactions.sql picks one
-- order per column. Parameters: $zone.
update ingest_typed set
	received_at_d = case when received_text is not null then ingest_ts(received_text, $zone, false) else received_at_d end,
	received_at_m = case when contains(received_text, '/') then ingest_ts(received_text, $zone, true) end,
	decided_at_d = case when decided_text is not null then ingest_ts(decided_text, $zone, false) else decided_at_d end,
	decided_at_m = case when contains(decided_text, '/') then ingest_ts(decided_text, $zone, true) end,
	closed_at_d = case when closed_text is not null then ingest_ts(closed_text, $zone, false) else closed_at_d end,
	closed_at_m = case when contains(closed_text, '/') then ingest_ts(closed_text, $zone, true) end
where received_text is not null or decided_text is not null or closed_text is not null;
