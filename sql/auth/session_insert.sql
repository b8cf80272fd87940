-- A new session. Parameters: $id (SHA-256 of the token, hex), $user_id, $expires_at.
insert into session (id, user_id, expires_at)
values ($id, $user_id, $expires_at);
