-- A run's rejected rows in line order. Parameters: $run_id, $limit. Output: line_number, raw, reasons.
select line_number, raw::varchar as raw, reasons
from ingest_rejected_row
where run_id = $run_id
order by line_number
limit $limit;
