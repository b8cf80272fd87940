-- Stores the new interactions, read from the settled rows (checked_interactions.sql).
-- Parameters: $run_id, $first_rowid, $mf_received_at, $mf_decided_at, $mf_closed_at, $zone.
insert into interaction (id, channel, type, received_at, decided_at, decision, closed_at, service,
	branch, team, beneficiary_ref, ingest_run_id, updated_at)
select id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team,
	beneficiary_ref, $run_id, current_timestamp
from ingest_checked($first_rowid, $mf_received_at, $mf_decided_at, $mf_closed_at, $zone)
where outcome = 'inserted';
