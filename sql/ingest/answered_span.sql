-- The span of received_at of the interactions whose answered count a response ingest changes:
-- those an inserted answer names, and, for an updated answer whose link changed, the interactions
-- named before and after. No parameters (reads ingest_outcome). Output: one row, from_at and to_at
-- (null when there is none).
select min(received_at) as from_at, max(received_at) as to_at
from interaction
where id in (
	select interaction_id
	from ingest_outcome
	where interaction_id is not null
		and (outcome = 'inserted'
			or (outcome = 'updated' and old_interaction_id is distinct from interaction_id))
	union all
	select old_interaction_id
	from ingest_outcome
	where outcome = 'updated' and old_interaction_id is not null
		and old_interaction_id is distinct from interaction_id
);
