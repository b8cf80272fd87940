-- Second typing pass, on the rows whose time the first pass could not read: the value trimmed (null
-- when it was only whitespace, which counts as no value). No parameters.
update ingest_typed set
	received_text = case when received_raw is not null and received_at_d is null then ingest_blank(received_raw) end,
	decided_text = case when decided_raw is not null and decided_at_d is null then ingest_blank(decided_raw) end,
	closed_text = case when closed_raw is not null and closed_at_d is null then ingest_blank(closed_raw) end
where (received_raw is not null and received_at_d is null)
	or (decided_raw is not null and decided_at_d is null)
	or (closed_raw is not null and closed_at_d is null);
