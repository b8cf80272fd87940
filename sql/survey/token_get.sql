-- A one-time link by the SHA-256 of its token. Parameters: $token_hash.
-- Output: survey_id, interaction_id, used (boolean), response_id.
select survey_id, interaction_id, used_at is not null as used, response_id
from survey_token
where token_hash = $token_hash;
