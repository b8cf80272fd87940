-- Names found in the file mapped to codes (channel, type, decision, survey); `blank`: the name is
-- only whitespace, so no value was given. No parameters.
create or replace temp table ingest_value_map (field varchar not null, raw varchar not null, code varchar, blank boolean not null);
