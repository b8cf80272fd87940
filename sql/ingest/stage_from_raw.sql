-- Fills ingest_stage from ingest_raw (XLSX, JSON Lines, Parquet) by column position.
-- Parameters: $p_id … $p_beneficiary_ref (1-based positions, 0 = not in file).
insert into ingest_stage
select line, vals[$p_id], vals[$p_channel], vals[$p_type], vals[$p_received_at],
	vals[$p_decided_at], vals[$p_decision], vals[$p_closed_at], vals[$p_service], vals[$p_branch],
	vals[$p_team], vals[$p_beneficiary_ref]
from ingest_raw;
