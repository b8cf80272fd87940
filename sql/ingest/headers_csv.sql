-- The header names of a CSV file and its dialect, as DuckDB's sniffer finds them (delimiter,
-- quoting, escaping and line ends; a BOM is skipped). The single pass reads the file with this
-- dialect instead of having DuckDB sniff it a second time (single_pass_macros.sql). "(empty)" is
-- how the sniffer writes "none". Every CSV read allows rows of up to 32 MB (DuckDB's default is 2 MB, and
-- one longer row made the whole file unreadable); a value longer than ingest_max_value rejects its
-- row (value_too_long:…).
-- Parameters: $path. Output: one row: headers, delim, quote, escape, new_line.
select
	[c.name for c in Columns] as headers,
	Delimiter as delim,
	case when Quote = '(empty)' then '' else Quote end as quote,
	case when Escape = '(empty)' then '' else Escape end as escape,
	NewLineDelimiter as new_line
from sniff_csv($path, all_varchar := true, header := true, max_line_size := 33554432);
