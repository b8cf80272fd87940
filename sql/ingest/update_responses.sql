-- Updates the responses whose values changed (the service and branch are the linked
-- interaction's: outcome_responses.sql). Parameters: $run_id.
update response
set survey_id = o.survey_id, submitted_at = o.submitted_at, channel = o.channel,
	service = o.service, branch = o.branch, interaction_id = o.interaction_id, csat = o.csat,
	nps = o.nps, ces = o.ces, comment = o.comment, ingest_run_id = $run_id
from ingest_outcome o
where o.outcome = 'updated' and response.id = o.id;
