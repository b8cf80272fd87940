-- Proves the store answers. No parameters. Output: ok.
select 1 as ok;
