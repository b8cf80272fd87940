-- After an ingest of interactions: the answers linked to an interaction this run stored or
-- updated take its service and branch, and its channel where they have none (an answer may
-- arrive before its interaction, and an interaction may change its service or branch later).
-- Only answers that change are written (answers_follow_span.sql gives their days first).
-- Parameters: $run_id.
update response
set service = i.service, branch = i.branch, channel = coalesce(response.channel, i.channel)
from interaction i
where i.ingest_run_id = $run_id
	and response.interaction_id = i.id
	and (response.service is distinct from i.service
		or response.branch is distinct from i.branch
		or (response.channel is null and i.channel is not null));
