-- An interaction run's counts (see counts.sql). The inserted rows are the counted rows (the file's
-- rows less earlier copies of a repeated id) that ingest_outcome does not settle otherwise, and the
-- span of changed times comes from the rows stored by this run and the updated rows' old times.
-- Parameters: $run_id, $rows (rows in the file). Output: as counts.sql.
with settled as (
	select
		count(*) filter (where outcome = 'updated') as updated,
		count(*) filter (where outcome = 'unchanged') as unchanged,
		count(*) filter (where outcome = 'rejected') as rejected,
		count(*) filter (where outcome <> 'inserted') as settled,
		coalesce(sum(masked) filter (where outcome in ('inserted', 'updated')), 0) as masked,
		min(old_changed_at) filter (where outcome = 'updated') as old_from,
		max(old_changed_at) filter (where outcome = 'updated') as old_to
	from ingest_outcome
),
stored as (
	select min(received_at) as new_from, max(received_at) as new_to
	from interaction
	where ingest_run_id = $run_id
),
repeats as (
	select coalesce(sum(extra), 0) as duplicates from ingest_dupes
)
select
	$rows - repeats.duplicates - settled.settled as inserted,
	settled.updated,
	settled.unchanged,
	settled.rejected,
	settled.masked
		+ coalesce((select sum(ingest_mask_marks(raw::varchar)) from ingest_rejected_row where run_id = $run_id), 0) as masked,
	repeats.duplicates,
	least(stored.new_from, settled.old_from) as changed_from,
	greatest(stored.new_to, settled.old_to) as changed_to
from settled, stored, repeats;
