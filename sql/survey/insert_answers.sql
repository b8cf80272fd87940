-- Inserts the answers to questions other than csat, nps, ces and comment for a group of web
-- answers, given as a JSON array; answers already stored are left as they are (a retry).
-- Parameters: $rows (JSON text: [{response_id, question, value}]).
insert into response_answer (response_id, question, value)
select response_id, question, value
from (
	select unnest(from_json($rows::json, '[{"response_id":"VARCHAR","question":"VARCHAR","value":"VARCHAR"}]'), recursive := true)
)
on conflict do nothing;
