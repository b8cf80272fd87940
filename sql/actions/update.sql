-- Edits an action; done_at is set when it becomes done and cleared when reopened.
-- Parameters: $id, $finding_kind, $finding_value, $title, $description, $team, $due_date, $status. Output: id.
update improvement_action set
	finding_kind = $finding_kind,
	finding_value = $finding_value,
	title = $title,
	description = $description,
	team = $team,
	due_date = $due_date::date,
	done_at = case when $status = 'done' then coalesce(done_at, current_timestamp) end,
	status = $status,
	updated_at = current_timestamp
where id = $id
returning id;
