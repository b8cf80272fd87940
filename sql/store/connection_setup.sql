-- Run on every new connection: timestamps are compared as instants; any local-time arithmetic
-- names the organisation's zone explicitly, so the session zone is fixed to UTC.
set TimeZone = 'UTC';
