-- How many interaction rows have a time the first typing pass could not read (see
-- type_interactions_trim_times.sql): when none, the general parse and the day- or month-first
-- count have nothing to do. No parameters. Output: n.
select count(*) as n
from ingest_typed
where received_text is not null or decided_text is not null or closed_text is not null;
