-- An active user by e-mail, with the password hash. Parameters: $email. 
-- Output: id, email, role, display_name, password_hash.
select id, email, role, display_name, password_hash
from app_user
where email = lower(trim($email)) and active;
