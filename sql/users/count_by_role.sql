-- Active users with a role. Parameters: $role. Output: n.
select count(*) as n
from app_user
where role = $role and active;
