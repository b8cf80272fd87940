-- Stores the new interactions. Parameters: $run_id.
insert into interaction (id, channel, type, received_at, decided_at, decision, closed_at, service,
	branch, team, beneficiary_ref, ingest_run_id, updated_at)
select id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team,
	beneficiary_ref, $run_id, current_timestamp
from ingest_outcome
where outcome = 'inserted';
