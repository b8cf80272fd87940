-- One-time links: only the SHA-256 of each token is stored. Parameters: $survey_id, $hashes,
-- $interaction_ids (lists of the same length, zipped in order).
insert into survey_token (token_hash, survey_id, interaction_id)
select unnest($hashes::varchar[]), $survey_id, unnest($interaction_ids::varchar[]);
