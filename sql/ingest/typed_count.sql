-- How many rows the file gave (interactions). Output: n.
select count(*) as n from ingest_typed;
