-- Survey answers per channel over $from_day … $to_day with the counts and sums of every score,
-- from the daily roll-up. Parameters: $from_day, $to_day.
-- Filters (null = all): $channel, $service, $branch ($type and $team need the linked variant).
-- Output: channel, responses, linked, csat_n, csat_positive (4–5), csat_sum, nps_n,
-- nps_promoters (9–10), nps_detractors (0–6), ces_n, ces_sum, ces_sq_sum (Σ ces²): the measures of
-- response_counts (macros.sql), summed.
select channel, sum(columns(* exclude (day, channel, service, branch)))::bigint
from metrics_response_daily
where day between $from_day::date and $to_day::date
	and in_filter(channel, $channel) and in_filter(service, $service) and in_filter(branch, $branch)
group by all;
