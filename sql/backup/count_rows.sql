-- Rows of one table. Parameters: $table (a quoted identifier, e.g. "interaction"). Output: n.
select count(*) as n from query_table($table);
