-- The next version number of a period's report in a language. Parameters: $period_key, $lang. Output: version.
select coalesce(max(version), 0) + 1 as version
from report_snapshot
where period_key = $period_key and lang = $lang;
