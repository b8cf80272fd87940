-- What the single pass stored (single_pass_insert.sql): how many rows, whether an id may be
-- repeated (the staged path settles a file that repeats one), the masks in them (the file held no
-- masking mark of its own: single_pass_insert.sql) and the span of their times. Ids are grouped by
-- their 64-bit hashes, which is quicker than grouping the text: two ids with one hash count as
-- repeated, and then the staged path settles the file, as it would for a true repeat.
-- Parameters: $run_id. Output: rows, repeated, masked, changed_from, changed_to.
select
	count(*) as rows,
	(select count(*) from (
		select hash(id) from interaction where ingest_run_id = $run_id group by hash(id) having count(*) > 1
	)) as repeated,
	coalesce(sum(ingest_mask_marks(beneficiary_ref)) filter (where contains(beneficiary_ref, 'محجوب]')), 0) as masked,
	min(received_at) as changed_from,
	max(received_at) as changed_to
from interaction
where ingest_run_id = $run_id;
