-- A session with its user, if the user is active. Parameters: $id.
-- Output: id, expires_at, user_id, email, role, display_name.
select s.id, s.expires_at, u.id as user_id, u.email, u.role, u.display_name
from session s
join app_user u on u.id = s.user_id
where s.id = $id and u.active;
