-- Counts one more throttled attempt in the entry already kept for the same key ($target:
-- 'account:<email>' or 'address:<ip>') since $since, if there is one: attempts made while throttled
-- are one entry per key and window with their count, not one entry each (a script's hundreds a
-- minute would push every other event out of view). The entry keeps its first actor and address.
-- Parameters: $action, $target, $since, $retry_after_ms. Output: id of the entry counted in (none
-- when there is no entry to count in).
update audit_log
set detail = json_object(
	'attempts', coalesce(try_cast(detail ->> 'attempts' as integer), 1) + 1,
	'retryAfterMs', $retry_after_ms::bigint,
	'lastAttemptAt', cast(current_timestamp as varchar)
)
where id = (
	select max(id) from audit_log
	where action = $action and target = $target and occurred_at >= $since
)
returning id;
