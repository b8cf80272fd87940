-- Rows in the benchmark store. No parameters. Output: interactions, responses.
select (select count(*) from interaction) as interactions, (select count(*) from response) as responses;
