-- The first rows of the file as read, for the mapping preview. Parameters: $limit. Output: line, vals.
select line, vals from ingest_raw order by line limit $limit;
