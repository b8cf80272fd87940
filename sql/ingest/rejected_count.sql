-- How many counted rows were rejected. No parameters. Output: n.
select count(*) as n from ingest_outcome where outcome = 'rejected';
