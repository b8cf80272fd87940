-- One version of a survey's question set. Parameters: $survey_id, $version.
-- Output: version, questions (JSON text), published (true once published).
select version, questions::varchar as questions, published_at is not null as published
from survey_version
where survey_id = $survey_id and version = $version;
