-- Changes a device's settings (its name, channel, branch and idle time; the PIN when given).
-- Parameters: $survey_id, $id, $name, $channel, $branch, $idle_seconds, $pin_hash (null keeps it).
-- Output: id (none when no such device in use).
update survey_device
set name = $name, channel = $channel, branch = $branch, idle_seconds = $idle_seconds,
	pin_hash = coalesce($pin_hash, pin_hash)
where survey_id = $survey_id and id = $id and revoked_at is null
returning id;
