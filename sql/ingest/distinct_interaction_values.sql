-- The distinct channel, type and decision names of an interaction file, to match in TypeScript.
-- No parameters. Output: field, raw.
select distinct 'channel' as field, channel_raw as raw from ingest_typed where channel_raw is not null
union all
select distinct 'type', type_raw from ingest_typed where type_raw is not null
union all
select distinct 'decision', decision_raw from ingest_typed where decision_raw is not null;
