-- Keeps the rejected rows: line, raw values as a JSON object by header (masked like free text, so
-- personal data is not stored through a rejected row either), and the reason codes.
-- Parameters: $run_id, $headers, $p1, $r1 … $p4, $r4.
insert into ingest_rejected_row (run_id, line_number, raw, reasons)
select $run_id, o.line,
	ingest_mask(to_json(map($headers, ingest_cut_values(r.vals)))::varchar, $p1, $r1, $p2, $r2, $p3, $r3, $p4, $r4)::json,
	o.reasons
from ingest_outcome o
join ingest_raw r on r.line = o.line
where o.outcome = 'rejected';
