-- A published question set. Parameters: $survey_id, $version, $questions (JSON text).
insert into survey_version (survey_id, version, questions, published_at)
values ($survey_id, $version, $questions::json, current_timestamp);
