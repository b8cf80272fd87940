-- Saves (or replaces) a named mapping. Parameters: $name, $kind, $signature, $mapping, $user_id.
insert into column_mapping (name, kind, headers_signature, mapping, created_by)
values ($name, $kind, $signature, $mapping::json, $user_id)
on conflict (name) do update set kind = excluded.kind, headers_signature = excluded.headers_signature,
	mapping = excluded.mapping, updated_at = now();
