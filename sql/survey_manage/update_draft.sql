-- Replaces the draft's questions. Parameters: $survey_id, $version, $questions (JSON text).
-- Output: version (no row when that version is not a draft).
update survey_version
set questions = $questions::json
where survey_id = $survey_id and version = $version and published_at is null
returning version;
