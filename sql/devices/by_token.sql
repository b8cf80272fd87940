-- A device in use (not revoked) by the SHA-256 of its link's token. Parameters: $token_hash.
-- Output: id, survey_id, kind, name, channel, branch, pin_hash, idle_seconds.
select id, survey_id, kind, name, channel, branch, pin_hash, idle_seconds
from survey_device
where token_hash = $token_hash and revoked_at is null;
