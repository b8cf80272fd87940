-- Decides each counted row's outcome against the stored responses and their answers (see
-- outcome_interactions.sql). No parameters. Creates ingest_outcome.
-- An answer linked to a stored interaction (interaction_id) takes that interaction's service and
-- branch (a response file has neither), and its channel when the file gives none; an answer not
-- linked, or linked to an interaction not (yet) stored, has no service or branch (the interaction's
-- ingest fills them later: answers_follow_interactions.sql). A change of those alone updates the
-- stored answer. old_interaction_id: the stored answer's link, whose answered count may change.
create or replace temp table ingest_outcome as
with new_answers as (
	select id, string_agg(question || chr(31) || value, chr(30) order by question) as sig,
		sum(masked) as masked
	from ingest_answers
	group by id
),
old_answers as (
	select response_id as id, string_agg(question || chr(31) || coalesce(value, ''), chr(30) order by question) as sig
	from response_answer
	where response_id in (select id from ingest_typed)
	group by response_id
)
select
	n.* exclude (masked, channel),
	coalesce(n.channel, i.channel) as channel,
	i.service as service,
	i.branch as branch,
	n.masked + coalesce(na.masked, 0) as masked,
	case
		when len(n.reasons) > 0 then 'rejected'
		when o.id is null then 'inserted'
		when o.submitted_at = n.submitted_at
			and o.survey_id is not distinct from n.survey_id
			and o.channel is not distinct from coalesce(n.channel, i.channel)
			and o.service is not distinct from i.service
			and o.branch is not distinct from i.branch
			and o.interaction_id is not distinct from n.interaction_id
			and o.csat is not distinct from n.csat
			and o.nps is not distinct from n.nps
			and o.ces is not distinct from n.ces
			and o.comment is not distinct from n.comment
			and na.sig is not distinct from oa.sig then 'unchanged'
		else 'updated'
	end as outcome,
	n.submitted_at as changed_at,
	o.submitted_at as old_changed_at,
	o.interaction_id as old_interaction_id
from ingest_typed n
left join ingest_dupes d on d.id = n.id
left join response o on o.id = n.id
left join interaction i on i.id = n.interaction_id
left join new_answers na on na.id = n.id
left join old_answers oa on oa.id = n.id
where d.id is null or d.keep_line = n.line;
