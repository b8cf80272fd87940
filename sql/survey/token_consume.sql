-- Marks a one-time link used by an answer, only if it is still unused (in the answer's
-- transaction, so a link is used at most once). Parameters: $token_hash, $survey_id,
-- $response_id, $used_at. Output: interaction_id (no row when the link was already used).
update survey_token
set used_at = $used_at, response_id = $response_id
where token_hash = $token_hash and survey_id = $survey_id and used_at is null
returning interaction_id;
