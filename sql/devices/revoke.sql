-- Takes a device out of use: its link stops working at once; its answers stay, tagged with its
-- name. Parameters: $survey_id, $id. Output: id (none when no such device in use).
update survey_device set revoked_at = current_timestamp
where survey_id = $survey_id and id = $id and revoked_at is null
returning id;
