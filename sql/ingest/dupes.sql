-- Ids that occur more than once in the file: the last copy (highest line) is the one that counts.
-- A CSV row's line is found from its row id (see first_rowid.sql). Parameters: $first_rowid.
-- Creates ingest_dupes (id, keep_line, extra).
create or replace temp table ingest_dupes as
select t.id, max(coalesce(t.line, t.rowid - $first_rowid + 2)) as keep_line, count(*) - 1 as extra
from ingest_typed t
where t.id is not null
group by t.id
having count(*) > 1;
