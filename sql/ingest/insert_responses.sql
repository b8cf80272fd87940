-- Stores the new responses, with the service and branch of their linked interaction
-- (outcome_responses.sql). Parameters: $run_id.
insert into response (id, survey_id, submitted_at, channel, service, branch, interaction_id, csat,
	nps, ces, comment, source, ingest_run_id)
select id, survey_id, submitted_at, channel, service, branch, interaction_id, csat, nps, ces,
	comment, 'ingest', $run_id
from ingest_outcome
where outcome = 'inserted';
