-- Ids that occur more than once in the file: the last copy (highest line) is the one that counts.
-- No parameters. Creates ingest_dupes (id, keep_line, extra).
create or replace temp table ingest_dupes as
select id, max(line) as keep_line, count(*) - 1 as extra
from ingest_typed
where id is not null
group by id
having count(*) > 1;
