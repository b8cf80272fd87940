-- Closes or reopens a survey when it is in the state the manager saw; reopening needs a published
-- version. Parameters: $id, $from, $to. Output: id (no row when the survey was not in state $from).
update survey
set status = $to, updated_at = current_timestamp
where id = $id and status = $from and ($to <> 'active' or active_version is not null)
returning id;
