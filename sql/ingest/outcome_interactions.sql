-- Decides each counted row's outcome against the stored interactions: rejected (it has reasons),
-- inserted (new id), unchanged (same values stored) or updated. Earlier copies of a repeated id are
-- left out (ingest_dupes). No parameters. Creates ingest_outcome.
create or replace temp table ingest_outcome as
select
	n.*,
	case
		when len(n.reasons) > 0 then 'rejected'
		when o.id is null then 'inserted'
		when o.channel = n.channel and o.type = n.type and o.received_at = n.received_at
			and o.decided_at is not distinct from n.decided_at
			and o.decision is not distinct from n.decision
			and o.closed_at is not distinct from n.closed_at
			and o.service is not distinct from n.service
			and o.branch is not distinct from n.branch
			and o.team is not distinct from n.team
			and o.beneficiary_ref is not distinct from n.beneficiary_ref then 'unchanged'
		else 'updated'
	end as outcome,
	n.received_at as changed_at,
	o.received_at as old_changed_at
from ingest_typed n
left join ingest_dupes d on d.id = n.id
left join interaction o on o.id = n.id
where d.id is null or d.keep_line = n.line;
