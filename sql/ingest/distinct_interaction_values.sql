-- The distinct channel, type and decision names of an interaction file, to match in TypeScript.
-- No parameters. Output: field, raw.
select distinct 'channel' as field, ingest_blank(channel) as raw from ingest_stage where ingest_blank(channel) is not null
union all
select distinct 'type', ingest_blank(type) from ingest_stage where ingest_blank(type) is not null
union all
select distinct 'decision', ingest_blank(decision) from ingest_stage where ingest_blank(decision) is not null;
