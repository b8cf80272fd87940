-- The record of applied schema files. No parameters.
create table if not exists schema_migration (
	version integer primary key,
	name varchar not null,
	checksum varchar not null,
	applied_at timestamptz not null default current_timestamp
);
