-- Reads a CSV interaction log straight into ingest_stage: $names renames the file's columns in
-- order (a canonical name for a mapped column, "#n" for any other, which the pattern leaves out).
-- Parameters: $path, $names.
insert into ingest_stage by name
select row_number() over () + 1 as line, columns('^[a-z_]+$')
from read_csv($path, all_varchar := true, header := true, names := $names);
