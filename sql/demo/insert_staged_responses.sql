-- Moves the staged demo answers into the store. Parameters: $survey_id (the default survey).
insert into response (
	id, survey_id, survey_version, submitted_at, channel, branch, service, interaction_id,
	csat, nps, ces, comment, lang, source
)
select
	id, $survey_id, 1, submitted_at, channel, branch, service, interaction_id,
	csat, nps, ces, comment, lang, 'demo'
from demo_response;
