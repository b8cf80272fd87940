-- Frees the staged text once it is typed. No parameters.
drop table if exists temp.ingest_stage;
