-- The question sets of every published survey version, newest first, to name questions and their
-- options. Parameters: none. Output: survey_id, version, questions (JSON text).
select survey_id, version, questions::varchar as questions
from survey_version
where published_at is not null
order by survey_id, version desc;
