-- Answers per local day, channel, service and branch over $from_day … $to_day, from the fine
-- roll-up: the cells the anonymity blocks are made of when no request attribute is involved.
-- Parameters: $from_day, $to_day.
-- Output: day ('YYYY-MM-DD'), channel, service, branch and every measure column of
-- metrics_response_daily.
select
	day::varchar as day,
	channel,
	service,
	branch,
	sum(columns(* exclude (day, channel, service, branch)))::bigint
from metrics_response_daily
where day between $from_day::date and $to_day::date
group by day, channel, service, branch
having sum(responses) <> 0;
