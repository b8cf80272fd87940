-- Answers of a survey per version (null: no version recorded, e.g. imported from a file).
-- Parameters: $survey_id. Output: version, answers.
select survey_version as version, count(*) as answers
from response
where survey_id = $survey_id
group by survey_version
order by survey_version desc nulls last;
