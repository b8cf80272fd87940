-- The run's counts, items masked in stored rows, and the span of changed rows' old and new times.
-- Parameters: $run_id. Output: inserted, updated, unchanged, rejected, masked, duplicates,
-- changed_from, changed_to.
select
	count(*) filter (where outcome = 'inserted') as inserted,
	count(*) filter (where outcome = 'updated') as updated,
	count(*) filter (where outcome = 'unchanged') as unchanged,
	count(*) filter (where outcome = 'rejected') as rejected,
	coalesce(sum(masked) filter (where outcome in ('inserted', 'updated')), 0)
		+ coalesce((select sum(ingest_mask_marks(raw::varchar)) from ingest_rejected_row where run_id = $run_id), 0) as masked,
	coalesce((select sum(extra) from ingest_dupes), 0) as duplicates,
	min(least(changed_at, coalesce(old_changed_at, changed_at))) filter (where outcome in ('inserted', 'updated')) as changed_from,
	max(greatest(changed_at, coalesce(old_changed_at, changed_at))) filter (where outcome in ('inserted', 'updated')) as changed_to
from ingest_outcome;
