-- Every user, newest first. No parameters.
-- Output: id, email, display_name, role, active, created_at, last_sign_in_at.
select
	u.id, u.email, u.display_name, u.role, u.active, u.created_at,
	(select max(a.occurred_at) from audit_log a where a.user_id = u.id and a.action = 'auth.sign_in') as last_sign_in_at
from app_user u
order by u.created_at desc, u.id desc;
