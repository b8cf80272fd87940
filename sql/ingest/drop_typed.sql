-- Frees the typed rows once each has its outcome. No parameters.
drop table if exists temp.ingest_typed;
