-- The question set of one version. Parameters: $survey_id, $version. Output: questions (JSON text),
-- published_at.
select questions::varchar as questions, published_at
from survey_version
where survey_id = $survey_id and version = $version;
