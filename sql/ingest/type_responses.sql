-- Reads ingest_raw as survey responses: typed values, masked comment, and every reason a row cannot
-- be stored. A file without an id column gets a stable id from the row's values ("row-" + md5), so
-- exporting the same form again finds the same rows.
-- Parameters: $p_id, $p_submitted_at, $p_channel, $p_interaction_id, $p_survey, $p_csat, $p_nps,
--   $p_ces, $p_comment (1-based positions, 0 = not in file); $derive_id;
--   $zone_submitted_at (the zone of times without an offset); $mf_submitted_at; $hijri_submitted_at
--   (read its dates as Hijri); $zone (the organisation's: the supported range, ingest_in_range);
--   $p1, $r1 … $p4, $r4 (masking rules); $value_names (per position: the canonical column, the
--   header of an answer, '' for a column set aside). Creates ingest_typed.
create or replace temp table ingest_typed as
with src as (
	select
		line,
		case when $derive_id then 'row-' || md5(array_to_string(list_transform(vals, v -> coalesce(trim(v), '')), chr(31)))
			else ingest_blank(vals[$p_id]) end as id,
		ingest_blank(vals[$p_submitted_at]) as submitted_raw,
		ingest_blank(vals[$p_channel]) as channel_raw,
		ingest_blank(vals[$p_interaction_id]) as interaction_id,
		ingest_blank(vals[$p_survey]) as survey_raw,
		ingest_blank(vals[$p_csat]) as csat_raw,
		ingest_blank(vals[$p_nps]) as nps_raw,
		ingest_blank(vals[$p_ces]) as ces_raw,
		ingest_blank(vals[$p_comment]) as comment_raw,
		-- values too long to store (ingest_max_value), named by $value_names ('': a column set aside)
		list_filter(list_transform(vals, (v, i) -> case when $value_names[i] <> '' and ingest_too_long(v)
			then 'value_too_long:' || $value_names[i] end), r -> r is not null) as too_long
	from ingest_raw
),
-- a Hijri date rewritten as its Gregorian day (once here: inside the parser's macros the rewrite made
-- a plan that took seconds); a value that is no Hijri date gets a text no parser reads
src_times as (
	select src.*,
		case when $hijri_submitted_at and submitted_raw is not null
			then coalesce(ingest_hijri_text(ingest_ts_clean(submitted_raw), h.h_firsts, h.h_days, h.h_from), 'hijri:' || submitted_raw)
			else submitted_raw end as submitted_text
	from src
	cross join ingest_hijri_lists() h
),
typed as (
	select
		src.*,
		ch.code as channel,
		try_cast(sv.code as integer) as survey_id,
		ingest_ts(submitted_text, $zone_submitted_at, $mf_submitted_at and not $hijri_submitted_at) as submitted_at,
		ingest_rating(csat_raw) as csat,
		ingest_rating(nps_raw) as nps,
		ingest_rating(ces_raw) as ces,
		ingest_mask(comment_raw, $p1, $r1, $p2, $r2, $p3, $r3, $p4, $r4) as comment
	from src_times src
	left join ingest_value_map ch on ch.field = 'channel' and ch.raw = src.channel_raw
	left join ingest_value_map sv on sv.field = 'survey' and sv.raw = src.survey_raw
)
select
	line, id, survey_id, submitted_at, channel, interaction_id,
	csat, nps, ces, comment,
	ingest_mask_marks(comment) - ingest_mask_marks(comment_raw) as masked,
	list_filter([
		case when id is null then 'missing_value:id' end,
		case when submitted_raw is null then 'missing_value:submitted_at'
			when submitted_at is null then 'unparseable_date:submitted_at'
			when ingest_hijri_range(submitted_at) then 'hijri_date:submitted_at'
			when not ingest_in_range(submitted_at, $zone) then 'date_out_of_range:submitted_at' end,
		case when channel_raw is not null and channel is null then 'unknown_channel' end,
		case when survey_raw is not null and survey_id is null then 'unknown_survey' end,
		case when csat_raw is not null and csat is null then 'not_a_number:csat'
			when csat not between 1 and 5 then 'out_of_range:csat' end,
		case when nps_raw is not null and nps is null then 'not_a_number:nps'
			when nps not between 0 and 10 then 'out_of_range:nps' end,
		case when ces_raw is not null and ces is null then 'not_a_number:ces'
			when ces not between 1 and 7 then 'out_of_range:ces' end
	], r -> r is not null) || too_long as reasons
from typed;
