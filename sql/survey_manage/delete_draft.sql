-- Discards the draft of a survey that has a published version. Parameters: $survey_id, $version.
-- Output: version (no row when there was no such draft).
delete from survey_version
where survey_id = $survey_id and version = $version and published_at is null
returning version;
