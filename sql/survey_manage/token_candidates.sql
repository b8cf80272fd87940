-- Interactions received in [$start, $end), of channel $channel when not null, with the state of
-- their one-time links for the survey: 'none', 'unused' (a link not yet answered) or 'used'.
-- Parameters: $survey_id, $start, $end, $channel. Output: id, state.
with matched as (
	select id, received_at
	from interaction
	where received_at >= $start and received_at < $end
		and ($channel::varchar is null or channel = $channel::varchar)
),
tokens as (
	select interaction_id, bool_or(used_at is null) as has_unused
	from survey_token
	where survey_id = $survey_id and interaction_id in (select id from matched)
	group by interaction_id
)
select
	m.id,
	case when t.interaction_id is null then 'none' when t.has_unused then 'unused' else 'used' end as state
from matched m
left join tokens t on t.interaction_id = m.id
order by m.received_at, m.id;
