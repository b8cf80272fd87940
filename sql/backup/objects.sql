-- Whether the database holds anything of its own (tables, views, sequences, macros, types) in any
-- schema: a restore goes only into an empty one. No parameters. Output: n.
select
	(select count(*) from duckdb_tables() where database_name = current_database() and not temporary)
	+ (select count(*) from duckdb_views() where database_name = current_database() and not internal and not temporary)
	+ (select count(*) from duckdb_sequences() where database_name = current_database() and not temporary)
	as n;
