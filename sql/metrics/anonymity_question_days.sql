-- Answers to the survey's other questions (response_answer) per local day and question, over all
-- time: the time groups of each question's anonymity blocks are built from these.
-- Parameters: $zone. Output: day ('YYYY-MM-DD'), question, answers (ordered by day).
select timezone($zone, r.submitted_at)::date::varchar as day, a.question, count(*) as answers
from response_answer a
join response r on r.id = a.response_id
where a.value is not null and a.value <> ''
group by all
order by day;
