-- The same for the coarse answer roll-up, metrics_response_channel_daily (see
-- response_daily_add_counts): counts per local day and channel, added only when the roll-ups are
-- built in $zone.
-- Parameters: $rows (JSON text: [{day, channel, responses, linked, csat_n, csat_positive, csat_sum,
-- nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum}]), $zone.
insert into metrics_response_channel_daily (day, channel, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum)
select day::date, channel, responses, linked, csat_n, csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum, ces_sq_sum
from (
	select unnest(from_json($rows::json, '[{"day":"VARCHAR","channel":"VARCHAR","responses":"BIGINT","linked":"BIGINT","csat_n":"BIGINT","csat_positive":"BIGINT","csat_sum":"BIGINT","nps_n":"BIGINT","nps_promoters":"BIGINT","nps_detractors":"BIGINT","ces_n":"BIGINT","ces_sum":"BIGINT","ces_sq_sum":"BIGINT"}]'), recursive := true)
)
where exists (select 1 from metrics_rollup_state where id = 1 and time_zone = $zone);
