-- Adds the counts of answers that were just inserted (none of them counted before) to
-- metrics_response_daily as delta rows, counted per local day and segment by the caller with the
-- roll-ups' rules (src/lib/domain/answer-counts.ts): the public survey's group commit, in time
-- proportional to the rows added. Concurrent refreshes stay exact: each transaction adds its own
-- change only. Adds nothing unless the roll-ups are built in $zone (metrics_rollup_state); the
-- caller then reads the state and counts again.
-- Parameters: $rows (JSON text: [{day (YYYY-MM-DD), channel, service, branch, responses, linked,
-- csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum,
-- ces_sq_sum}]), $zone.
-- Output: one row (added) per row added.
insert into metrics_response_daily (day, channel, service, branch, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum)
select day::date, channel, service, branch, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum
from (
	select unnest(from_json($rows::json, '[{"day":"VARCHAR","channel":"VARCHAR","service":"VARCHAR","branch":"VARCHAR","responses":"BIGINT","linked":"BIGINT","csat_n":"BIGINT","csat_positive":"BIGINT","csat_sum":"BIGINT","nps_n":"BIGINT","nps_promoters":"BIGINT","nps_detractors":"BIGINT","ces_n":"BIGINT","ces_sum":"BIGINT","ces_sq_sum":"BIGINT"}]'), recursive := true)
)
where exists (select 1 from metrics_rollup_state where id = 1 and time_zone = $zone)
returning 1 as added;
