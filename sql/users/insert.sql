-- Creates a user. Parameters: $email, $role, $password_hash, $display_name. Output: id.
insert into app_user (email, role, password_hash, display_name, password_changed_at)
values (lower($email), $role, $password_hash, $display_name, current_timestamp)
returning id;
