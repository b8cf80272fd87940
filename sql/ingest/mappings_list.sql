-- Saved mappings. Output: name, kind, updated_at.
select name, kind, updated_at from column_mapping order by name;
