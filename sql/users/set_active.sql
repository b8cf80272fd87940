-- Deactivates or reactivates a user. Parameters: $id, $active.
update app_user set active = $active, updated_at = current_timestamp where id = $id;
