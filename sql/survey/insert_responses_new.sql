-- Inserts a group of web survey answers (one group commit) given as a JSON array, none of them
-- stored yet (the caller falls back to insert_responses when an id exists: a retry).
-- Parameters: $rows (JSON text: [{id, survey_id, survey_version, submitted_at (ISO 8601, UTC),
-- channel, branch, service, interaction_id, csat, nps, ces, comment, lang, collection, device}]).
insert into response (id, survey_id, survey_version, submitted_at, channel, branch, service, interaction_id, csat, nps, ces, comment, lang, source, collection, device)
select id, survey_id, survey_version, submitted_at::timestamptz, channel, branch, service, interaction_id, csat, nps, ces, comment, lang, 'web', collection, device
from (
	select unnest(from_json($rows::json, '[{"id":"VARCHAR","survey_id":"INTEGER","survey_version":"INTEGER","submitted_at":"VARCHAR","channel":"VARCHAR","branch":"VARCHAR","service":"VARCHAR","interaction_id":"VARCHAR","csat":"TINYINT","nps":"TINYINT","ces":"TINYINT","comment":"VARCHAR","lang":"VARCHAR","collection":"VARCHAR","device":"VARCHAR"}]'), recursive := true)
);
