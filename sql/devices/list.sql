-- The devices of a survey in use (not revoked), oldest first. Parameters: $survey_id.
-- Output: id, kind, name, channel, branch, has_pin (boolean), idle_seconds, created_at.
select id, kind, name, channel, branch, pin_hash is not null as has_pin, idle_seconds, created_at
from survey_device
where survey_id = $survey_id and revoked_at is null
order by created_at, id;
