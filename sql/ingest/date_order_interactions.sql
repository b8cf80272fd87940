-- For each time column of an interaction file: slash dates that read only day-first or only
-- month-first (e.g. 11/22/2026). No parameters. Output: <column>_day_only, <column>_month_only.
select
	count(*) filter (where contains(received_text, '/') and received_at_d is not null and received_at_m is null) as received_at_day_only,
	count(*) filter (where contains(received_text, '/') and received_at_d is null and received_at_m is not null) as received_at_month_only,
	count(*) filter (where contains(decided_text, '/') and decided_at_d is not null and decided_at_m is null) as decided_at_day_only,
	count(*) filter (where contains(decided_text, '/') and decided_at_d is null and decided_at_m is not null) as decided_at_month_only,
	count(*) filter (where contains(closed_text, '/') and closed_at_d is not null and closed_at_m is null) as closed_at_day_only,
	count(*) filter (where contains(closed_text, '/') and closed_at_d is null and closed_at_m is not null) as closed_at_month_only
from ingest_typed;
