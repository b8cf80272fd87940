-- Starts the record of a run (inside the ingest's transaction). Parameters: $kind, $file_name,
-- $file_size, $mapping_name, $mapping, $user_id, $actor, $format. Output: id.
insert into ingest_run (kind, file_name, file_size, mapping_name, mapping, user_id, actor, format)
values ($kind, $file_name, $file_size, $mapping_name, $mapping::json, $user_id, $actor, $format)
returning id;
