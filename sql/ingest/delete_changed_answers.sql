-- Removes the stored answers of updated responses (their new answers replace them). No parameters.
delete from response_answer
where response_id in (select id from ingest_outcome where outcome = 'updated');
