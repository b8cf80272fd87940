-- Removes sessions past their expiry. Parameters: $now.
delete from session where expires_at <= $now;
