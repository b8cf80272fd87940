-- 004_ingest: what an ingest run records beyond 001 — who ran it from where, the file's format,
-- the column mapping used, and how many repeated rows of the file counted once.
alter table ingest_run add column actor varchar;
alter table ingest_run add column format varchar;
alter table ingest_run add column mapping json;
alter table ingest_run add column duplicates integer default 0;
