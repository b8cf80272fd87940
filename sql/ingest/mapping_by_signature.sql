-- The most recently saved mapping for files with these headers. Parameters: $kind, $signature.
-- Output: name, mapping.
select name, mapping::varchar as mapping
from column_mapping
where kind = $kind and headers_signature = $signature
order by updated_at desc
limit 1;
