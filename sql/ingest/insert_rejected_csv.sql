-- Keeps the rejected rows of a CSV read straight into ingest_stage: the file is read again for
-- their raw values (only when some row was rejected). See insert_rejected.sql.
-- Parameters: $run_id, $path, $headers, $p1, $r1 … $p4, $r4.
insert into ingest_rejected_row (run_id, line_number, raw, reasons)
select $run_id, o.line,
	ingest_mask(to_json(map($headers, ingest_cut_values(r.vals)))::varchar, $p1, $r1, $p2, $r2, $p3, $r3, $p4, $r4)::json,
	o.reasons
from ingest_outcome o
join (
	select row_number() over () + 1 as line, list_value(*columns(*)) as vals
	from read_csv($path, all_varchar := true, header := true, max_line_size := 33554432)
) r on r.line = o.line
where o.outcome = 'rejected';
