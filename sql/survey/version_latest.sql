-- The version the staff preview shows: the draft when there is one, else the active version,
-- else the newest. Parameters: $survey_id. Output: version, questions (JSON text), published.
select v.version, v.questions::varchar as questions, v.published_at is not null as published
from survey_version v
join survey s on s.id = v.survey_id
where v.survey_id = $survey_id
order by v.published_at is null desc, v.version = s.active_version desc, v.version desc
limit 1;
