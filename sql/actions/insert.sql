-- Records an action. Parameters: $finding_kind, $finding_value, $title, $description, $team, $due_date
-- (YYYY-MM-DD or null), $status, $created_by. Output: id.
insert into improvement_action (finding_kind, finding_value, title, description, team, due_date, status, created_by, done_at)
values ($finding_kind, $finding_value, $title, $description, $team, $due_date::date, $status, $created_by,
	case when $status = 'done' then current_timestamp end)
returning id;
