-- Answers per local day over all time, with the counts and sums of every score, from the coarse
-- roll-up: the time groups of the anonymity blocks (src/lib/domain/anonymity-blocks.ts) are built
-- from these. No parameters.
-- Output: day ('YYYY-MM-DD') and every measure column of metrics_response_channel_daily.
select day::varchar as day, sum(columns(* exclude (day, channel)))::bigint
from metrics_response_channel_daily
group by day
having sum(responses) <> 0
order by day;
