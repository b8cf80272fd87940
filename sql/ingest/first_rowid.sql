-- The first row id of ingest_typed: a CSV row's line is its row id less this, plus 2 (the header is
-- line 1). Rows keep the file's order; inside a transaction row ids start from a large number.
-- No parameters. Output: first_rowid, as text (it is beyond a JavaScript number's exact range).
select coalesce(min(rowid), 0)::varchar as first_rowid from ingest_typed;
