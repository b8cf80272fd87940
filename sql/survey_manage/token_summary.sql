-- A survey's one-time links: how many, how many answered. Parameters: $survey_id.
-- Output: total, used, unused, last_created_at.
select
	count(*) as total,
	count(used_at) as used,
	count(*) - count(used_at) as unused,
	max(created_at) as last_created_at
from survey_token
where survey_id = $survey_id;
