-- Answers to the survey's other questions submitted in [$start, $end) per local day, channel,
-- service, branch, the linked request's type and team (null when not linked), question and
-- stored value: the cells of each question's anonymity blocks.
-- Parameters: $start, $end, $zone.
-- Output: day ('YYYY-MM-DD'), channel, service, branch, type, team, question, value, answers.
select
	timezone($zone, r.submitted_at)::date::varchar as day,
	r.channel,
	r.service,
	r.branch,
	i.type,
	i.team,
	a.question,
	a.value,
	count(*) as answers
from response_answer a
join response r on r.id = a.response_id
left join interaction i on i.id = r.interaction_id
where r.submitted_at >= $start and r.submitted_at < $end
	and a.value is not null and a.value <> ''
group by all;
