-- A new draft version, numbered after every existing one. Parameters: $survey_id, $questions (JSON
-- text). Output: version.
insert into survey_version (survey_id, version, questions)
select $survey_id, coalesce(max(version), 0) + 1, $questions::json
from survey_version
where survey_id = $survey_id
returning version;
