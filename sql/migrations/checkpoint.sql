-- After applying migrations: writes the schema changes into the database file at once. DuckDB
-- 1.5.5 cannot replay from its write-ahead log an ADD COLUMN to a table that has a DEFAULT
-- ("Calling DatabaseManager::GetDefaultDatabase with no default database set"), so a process
-- stopped before the next checkpoint would leave a store that no longer opens. No parameters.
checkpoint;
