-- Before answers_follow_interactions.sql: the span of submitted_at of the answers it will change
-- (the days whose answer roll-ups change). Parameters: $run_id. Output: one row, from_at and
-- to_at (null when no answer changes).
select min(r.submitted_at) as from_at, max(r.submitted_at) as to_at
from response r
join interaction i on i.id = r.interaction_id
where i.ingest_run_id = $run_id
	and (r.service is distinct from i.service
		or r.branch is distinct from i.branch
		or (r.channel is null and i.channel is not null));
