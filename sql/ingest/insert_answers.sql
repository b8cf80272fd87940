-- Stores the answers of inserted and updated responses. No parameters.
insert into response_answer (response_id, question, value)
select a.id, a.question, a.value
from ingest_answers a
join ingest_outcome o on o.id = a.id and o.outcome in ('inserted', 'updated');
