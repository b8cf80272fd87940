-- How many of an interaction file's counted rows ingest_outcome settles other than by inserting,
-- how many of them are updates, and how many earlier copies of repeated ids were left out: the rest
-- are to be inserted. No parameters. Output: settled, updated, duplicates.
select
	count(*) filter (where outcome <> 'inserted') as settled,
	count(*) filter (where outcome = 'updated') as updated,
	(select coalesce(sum(extra), 0) from ingest_dupes) as duplicates
from ingest_outcome;
