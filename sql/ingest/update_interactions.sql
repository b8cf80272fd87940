-- Updates the interactions whose values changed (e.g. a pending request now decided).
-- Parameters: $run_id.
update interaction
set channel = o.channel, type = o.type, received_at = o.received_at, decided_at = o.decided_at,
	decision = o.decision, closed_at = o.closed_at, service = o.service, branch = o.branch,
	team = o.team, beneficiary_ref = o.beneficiary_ref, ingest_run_id = $run_id,
	updated_at = current_timestamp
from ingest_outcome o
where o.outcome = 'updated' and interaction.id = o.id;
