-- The file's rows as read, before any checks: the line a person sees (header = 1) and every value
-- as text in the file's column order. No parameters.
create or replace temp table ingest_raw (line bigint not null, vals varchar[] not null);
