-- A survey's versions, newest first, with who published them. Parameters: $survey_id.
-- Output: version, questions (JSON text), published_at (null for the draft), published_by_email.
select v.version, v.questions::varchar as questions, v.published_at, u.email as published_by_email
from survey_version v
left join app_user u on u.id = v.published_by
where v.survey_id = $survey_id
order by v.version desc;
