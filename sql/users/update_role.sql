-- Changes a user's role. Parameters: $id, $role.
update app_user set role = $role, updated_at = current_timestamp where id = $id;
