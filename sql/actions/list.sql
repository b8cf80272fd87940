-- Improvement actions, open ones first then by due date. No parameters.
-- Output: id, finding_kind, finding_value, title, description, team, due_date, status, created_at, updated_at, done_at.
select id, finding_kind, finding_value, title, description, team, strftime(due_date, '%Y-%m-%d') as due_date,
	status, created_at, updated_at, done_at
from improvement_action
order by case status when 'open' then 0 when 'in_progress' then 1 when 'done' then 2 else 3 end,
	due_date nulls last, id;
