-- Throttle state of some keys ('account:<email>', 'address:<ip>'). Parameters: $keys (list).
-- Output: key, failures, last_failure_at, locked_until.
select key, failures, last_failure_at, locked_until
from login_throttle
where list_contains($keys, key);
