-- Makes a published version the one the public page answers, and the survey active.
-- Parameters: $id, $version. Output: id.
update survey
set active_version = $version, status = 'active', updated_at = current_timestamp
where id = $id
returning id;
