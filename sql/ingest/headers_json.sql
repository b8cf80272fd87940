-- The keys of a JSON Lines file (the union over its records). Parameters: $path. Output: column_name.
select column_name
from (describe select * from read_json($path, format := 'newline_delimited'));
