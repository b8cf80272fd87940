-- Starts the record of a run (inside the ingest's transaction). $id: null for a new run id, or the
-- id a rolled-back attempt took (the ingest's second try keeps it: a sequence does not roll back).
-- Parameters: $id, $kind, $file_name, $file_size, $mapping_name, $mapping, $user_id, $actor,
-- $format. Output: id.
insert into ingest_run (id, kind, file_name, file_size, mapping_name, mapping, user_id, actor, format)
values (coalesce($id::integer, nextval('ingest_run_id_seq')), $kind, $file_name, $file_size,
	$mapping_name, $mapping::json, $user_id, $actor, $format)
returning id;
