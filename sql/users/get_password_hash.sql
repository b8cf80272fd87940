-- A user's password hash. Parameters: $id. Output: password_hash.
select password_hash from app_user where id = $id and active;
