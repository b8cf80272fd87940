-- Answers to survey questions other than csat / nps / ces / comment (response_answer), of the
-- answers submitted in [$start, $end): per question and stored value, how many answers.
-- Parameters: $start, $end. Filters (null = all): $channel, $service, $branch, and
-- through the linked interaction $type and $team (unlinked answers then drop out).
-- Output: question, value, answers (ordered by question, then most answers first).
select a.question, a.value, count(*) as answers
from response_answer a
join response r on r.id = a.response_id
where r.submitted_at >= $start and r.submitted_at < $end
	and a.value is not null and a.value <> ''
	and in_filter(r.channel, $channel) and in_filter(r.service, $service) and in_filter(r.branch, $branch)
	and ($type::varchar is null or exists (
		select 1 from interaction i where i.id = r.interaction_id and i.type = $type))
	and ($team::varchar is null or exists (
		select 1 from interaction i where i.id = r.interaction_id and i.team = $team))
group by all
order by a.question, answers desc, a.value;
