-- Replaces a user's password hash. Parameters: $id, $password_hash.
update app_user
set password_hash = $password_hash, password_changed_at = current_timestamp, updated_at = current_timestamp
where id = $id;
