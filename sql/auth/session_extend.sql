-- Moves a session's expiry. Parameters: $id, $expires_at.
update session set expires_at = $expires_at where id = $id;
