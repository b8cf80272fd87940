-- Stores a key's state after a failed attempt. Parameters: $key, $failures, $last_failure_at, $locked_until.
insert into login_throttle (key, failures, last_failure_at, locked_until)
values ($key, $failures, $last_failure_at, $locked_until)
on conflict (key) do update set
	failures = excluded.failures,
	last_failure_at = excluded.last_failure_at,
	locked_until = excluded.locked_until;
