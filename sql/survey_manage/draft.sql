-- The survey's draft: its one unpublished version. Parameters: $survey_id.
-- Output: version, questions (JSON text).
select version, questions::varchar as questions
from survey_version
where survey_id = $survey_id and published_at is null
order by version desc
limit 1;
