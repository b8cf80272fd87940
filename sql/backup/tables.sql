-- The store's own tables (main schema, not temporary), by name. No parameters. Output: name.
select table_name as name
from duckdb_tables()
where database_name = current_database() and schema_name = 'main' and not temporary
order by table_name;
