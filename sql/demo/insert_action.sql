-- A demo improvement action. Parameters: $finding_kind, $finding_value, $title, $description, $team,
-- $due_date (YYYY-MM-DD), $status, $created_at.
insert into improvement_action (
	finding_kind, finding_value, title, description, team, due_date, status, created_at, updated_at, done_at
)
values (
	$finding_kind, $finding_value, $title, $description, $team, $due_date::date, $status,
	$created_at, $created_at,
	case when $status = 'done' then $created_at + interval 30 day end
);
