-- Ends every session of a user (password change, deactivation). Parameters: $user_id.
delete from session where user_id = $user_id;
