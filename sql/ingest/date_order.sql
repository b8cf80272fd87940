-- Slash dates in one column that read only day-first or only month-first (e.g. 11/22/2026).
-- Parameters: $position. Output: day_first_only, month_first_only.
with dates as (
	select ingest_slash_local(vals[$position]) as s
	from ingest_raw
	where regexp_matches(vals[$position], '^\s*[0-9٠-٩]{1,2}/[0-9٠-٩]{1,2}/')
)
select
	count(*) filter (where ingest_ts_local(s, false) is not null and ingest_ts_local(s, true) is null) as day_first_only,
	count(*) filter (where ingest_ts_local(s, false) is null and ingest_ts_local(s, true) is not null) as month_first_only
from dates;
