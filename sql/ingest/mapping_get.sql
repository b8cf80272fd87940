-- A saved column mapping by name. Parameters: $name. Output: name, kind, headers_signature, mapping.
select name, kind, headers_signature, mapping::varchar as mapping from column_mapping where name = $name;
