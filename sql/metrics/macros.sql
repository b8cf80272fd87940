-- Macros the metrics queries share, created as temporary macros on every connection of the store
-- (src/lib/server/db/store.ts, after store/connection_setup.sql). Scalar macros only: DuckDB binds a table
-- macro's tables when it is created, and a new store's first connection comes before its tables.
-- A macro is expanded where it is used, so a query reads as if its text were written there.
-- No parameters.

-- in_filter(field, wanted): a dashboard filter, null meaning all (an unlinked answer's type and
-- team are null, so it never matches a type or team filter).
create or replace temp macro in_filter(field, wanted) as wanted::varchar is null or field = wanted;

-- response_counts(csat, nps, ces, interaction_id): an aggregate over survey answers (the response
-- table's columns), as a struct of the measures of the answer roll-ups, in their column order:
-- responses, linked (answers linked to an interaction), csat_n, csat_positive (4–5), csat_sum,
-- nps_n, nps_promoters (9–10), nps_detractors (0–6), ces_n, ces_sum, ces_sq_sum (Σ ces²).
-- Read it as columns with unnest(response_counts(…)) and a group by that names its columns (DuckDB
-- does not unnest a struct beside group by all). A roll-up's measures add up with
-- sum(columns(* exclude (<its key columns>)))::bigint.
create or replace temp macro response_counts(csat, nps, ces, interaction_id) as {
	'responses': count(*),
	'linked': count(interaction_id),
	'csat_n': count(csat),
	'csat_positive': count(*) filter (where csat >= 4),
	'csat_sum': coalesce(sum(csat), 0),
	'nps_n': count(nps),
	'nps_promoters': count(*) filter (where nps >= 9),
	'nps_detractors': count(*) filter (where nps <= 6),
	'ces_n': count(ces),
	'ces_sum': coalesce(sum(ces), 0),
	'ces_sq_sum': coalesce(sum(ces::bigint * ces), 0)
};

-- Calendar counting of turnaround per request (turnaround_bins_calendar.sql, and the requests
-- turnaround_bins_fast.sql reads one by one), from metrics_request's columns and the cut-off:
-- calendar_bin_kind: 'event' (decided before the cut-off at_cut) or 'censored' (still open then);
-- calendar_bin_days: whole days, ⌊turnaround⌋ (stored_days) for an event, ⌊age at the cut-off⌋
-- for an open request; calendar_bin_counts, an aggregate: requests; exact (events after exactly
-- their whole days); closed (window closed: received at or before closed_by); within (closed and
-- decided within window_seconds); open_decided (window still running, decided). Read it with
-- unnest(calendar_bin_counts(…)) and a group by that names its columns, as response_counts.
create or replace temp macro calendar_bin_kind(decided, at_cut) as
	case when decided < at_cut then 'event' else 'censored' end;
create or replace temp macro calendar_bin_days(decided, received, stored_days, at_cut) as
	case
		when decided < at_cut then stored_days
		else floor((epoch_us(at_cut::timestamptz) - epoch_us(received)) / 86400e6)::integer
	end;
create or replace temp macro calendar_bin_counts(
	decided, received, seconds, stored_days, at_cut, closed_by, window_seconds
) as {
	'requests': count(*),
	'exact': count(*) filter (where decided < at_cut and seconds = stored_days * 86400),
	'closed': count(*) filter (where received <= closed_by),
	'within': count(*) filter (
		where received <= closed_by and decided < at_cut and seconds <= window_seconds
	),
	'open_decided': count(*) filter (where received > closed_by and decided < at_cut)
};
