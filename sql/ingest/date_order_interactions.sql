-- For each time column of an interaction file: slash dates that read only day-first or only
-- month-first (see date_order.sql). No parameters. Output: column_name, day_first_only, month_first_only.
with dates as (
	select 'received_at' as column_name, ingest_slash_local(received_at) as s from ingest_stage
	where regexp_matches(received_at, '^\s*[0-9٠-٩]{1,2}/[0-9٠-٩]{1,2}/')
	union all
	select 'decided_at', ingest_slash_local(decided_at) from ingest_stage
	where regexp_matches(decided_at, '^\s*[0-9٠-٩]{1,2}/[0-9٠-٩]{1,2}/')
	union all
	select 'closed_at', ingest_slash_local(closed_at) from ingest_stage
	where regexp_matches(closed_at, '^\s*[0-9٠-٩]{1,2}/[0-9٠-٩]{1,2}/')
)
select column_name,
	count(*) filter (where ingest_ts_local(s, false) is not null and ingest_ts_local(s, true) is null) as day_first_only,
	count(*) filter (where ingest_ts_local(s, false) is null and ingest_ts_local(s, true) is not null) as month_first_only
from dates
group by column_name;
