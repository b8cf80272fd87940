-- The days with interactions or survey answers, from the daily roll-ups (days in the organisation's
-- zone), for the report form's period choices. Parameters: none. Output: day (YYYY-MM-DD), ascending.
select strftime(day, '%Y-%m-%d') as day
from (
	select day from metrics_interaction_channel_daily group by day having sum(interactions) > 0
	union
	select day from metrics_response_daily group by day having sum(responses) > 0
)
order by day;
