-- The first and last day with interactions, in the organisation's zone. Parameters: $zone.
-- Output: first_day, last_day (YYYY-MM-DD).
select strftime(timezone($zone, min(received_at)), '%Y-%m-%d') as first_day,
	strftime(timezone($zone, max(received_at)), '%Y-%m-%d') as last_day
from interaction;
