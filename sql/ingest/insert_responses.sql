-- Stores the new responses. Parameters: $run_id.
insert into response (id, survey_id, submitted_at, channel, interaction_id, csat, nps, ces, comment,
	source, ingest_run_id)
select id, survey_id, submitted_at, channel, interaction_id, csat, nps, ces, comment, 'ingest', $run_id
from ingest_outcome
where outcome = 'inserted';
