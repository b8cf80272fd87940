-- Frees the typed rows once the new ones are stored. No parameters.
drop table if exists temp.ingest_typed;
