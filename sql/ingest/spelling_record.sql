-- Remembers the channel, type and decision names of an interaction file that matched a code (see
-- sql/schema/006_ingest_spelling.sql). No parameters.
insert into ingest_spelling (field, raw)
select distinct field, raw
from ingest_value_map
where code is not null and field in ('channel', 'type', 'decision')
on conflict do nothing;
