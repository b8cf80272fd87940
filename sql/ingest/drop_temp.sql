-- Frees the ingest's temporary tables. No parameters.
drop table if exists temp.ingest_raw;
drop table if exists temp.ingest_typed;
drop table if exists temp.ingest_dupes;
drop table if exists temp.ingest_outcome;
drop table if exists temp.ingest_answers;
drop table if exists temp.ingest_value_map;
drop table if exists temp.ingest_stage;
