-- Publishes a draft version. Parameters: $survey_id, $version, $published_by.
-- Output: version (no row when that version is not a draft).
update survey_version
set published_at = current_timestamp, published_by = $published_by
where survey_id = $survey_id and version = $version and published_at is null
returning version;
