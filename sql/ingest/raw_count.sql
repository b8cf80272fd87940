-- How many rows the file gave. Output: n.
select count(*) as n from ingest_raw;
