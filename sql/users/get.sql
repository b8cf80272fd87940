-- One user by id. Parameters: $id. Output: id, email, display_name, role, active, password_hash.
select id, email, display_name, role, active, password_hash
from app_user
where id = $id;
