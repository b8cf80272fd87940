-- Applied migrations. Output: version, checksum.
select version, checksum
from schema_migration
order by version;
