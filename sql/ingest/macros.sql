-- Temporary macros the ingest queries share (run once per ingest on its connection; no parameters).
-- ingest_ts(raw, zone, month_first) parses the timestamp shapes the README lists to a TIMESTAMPTZ:
-- a value with an offset or Z is converted from that offset; one without is local time in `zone`.
-- trim() only when there is a space to remove: the test is much cheaper than trim on long columns.
-- Whitespace is what JavaScript's trim() removes (tab, line feed, vertical tab, form feed, carriage
-- return, space, no-break and other Unicode spaces, line and paragraph separators, the BOM), so a
-- value of only such characters is blank. One regular expression for "starts or ends with one" costs
-- a third of testing the ends character by character in SQL (ingest_blank_ends is cheaper still,
-- given the ends' code points as columns). Not a list of code points with IN: DuckDB plans a long
-- IN list as a join, and the typing statements then lose the file's row order their line numbers
-- come from.
create or replace temp macro ingest_blank(s) as
	nullif(case when regexp_matches(s, '^[\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]|[\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]$')
		then trim(s, chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) else s end, '');

-- ingest_blank for a value whose end characters' code points the caller has at hand, as columns (a
-- macro's argument is copied where it is used, and each copy is computed): most values start and
-- end with a character that cannot be whitespace (a code point above 32, outside U+1680–U+3000,
-- not U+00A0 or U+FEFF), which settles them for a fraction of the regular expression's cost.
create or replace temp macro ingest_blank_ends(s, first, last) as
	case when first <= 32 or first = 160 or first between 5760 and 12288 or first = 65279
			or last <= 32 or last = 160 or last between 5760 and 12288 or last = 65279
		then ingest_blank(s)
	else s end;

create or replace temp macro ingest_digits(s) as
	translate(s, '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789');

-- Arabic-Indic digits to Latin; Arabic AM/PM (ص / م) to AM / PM; runs of spaces to one.
create or replace temp macro ingest_ts_clean(s) as
	regexp_replace(
		regexp_replace(
			regexp_replace(trim(ingest_digits(s)), '\s+', ' ', 'g'),
			'(\d)\s*(ص|صباحا|صباحاً)$', '\1 AM'),
		'(\d)\s*(م|مساء|مساءً)$', '\1 PM');

-- The trailing offset after a time ("+03:00", "+0300", "Z", "GMT+3", "UTC"), or '' when none.
create or replace temp macro ingest_ts_offset(s) as
	regexp_extract(s, '\d:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?[AaPp][Mm])? ?((?:GMT|UTC)? ?(?:Z|z|[+-]\d{1,2}(?::?\d{2})?)|GMT|UTC)$', 1);

create or replace temp macro ingest_offset_minutes(off) as (
	case
		when regexp_replace(off, '(GMT|UTC| )', '', 'g') in ('', 'Z', 'z') then 0
		else (case when regexp_replace(off, '(GMT|UTC| )', '', 'g') like '-%' then -1 else 1 end)
			* (try_cast(regexp_extract(regexp_replace(off, '(GMT|UTC| )', '', 'g'), '^[+-](\d{1,2})', 1) as integer) * 60
				+ coalesce(try_cast(nullif(regexp_extract(regexp_replace(off, '(GMT|UTC| )', '', 'g'), '^[+-]\d{1,2}:?(\d{2})$', 1), '') as integer), 0))
	end
);

-- The wall-clock part as a TIMESTAMP: ISO, day-first or month-first slashes (2- or 4-digit years,
-- 24-hour or AM/PM), and year-first slashes (Google Forms). Every shape starts with a digit: DuckDB's
-- strptime reads words such as "infinity" and "epoch" as 1900-01-01 whatever the format.
create or replace temp macro ingest_ts_local(s, month_first) as case when regexp_matches(s, '^[0-9]') then coalesce(
	case when regexp_full_match(s, '\d{4}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?)?') then try_cast(replace(s, ',', '.') as timestamp) end,
	case when month_first then try_strptime(s, [
		'%m/%d/%y %H:%M:%S', '%m/%d/%y %H:%M', '%m/%d/%y %I:%M:%S %p', '%m/%d/%y %I:%M %p', '%m/%d/%y',
		'%m/%d/%Y %H:%M:%S', '%m/%d/%Y %H:%M', '%m/%d/%Y %I:%M:%S %p', '%m/%d/%Y %I:%M %p', '%m/%d/%Y'])
	else try_strptime(s, [
		'%d/%m/%y %H:%M:%S', '%d/%m/%y %H:%M', '%d/%m/%y %I:%M:%S %p', '%d/%m/%y %I:%M %p', '%d/%m/%y',
		'%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%d/%m/%Y %I:%M:%S %p', '%d/%m/%Y %I:%M %p', '%d/%m/%Y',
		'%d-%m-%Y %H:%M:%S', '%d-%m-%Y %H:%M', '%d-%m-%Y'])
	end,
	try_strptime(s, ['%Y/%m/%d %H:%M:%S', '%Y/%m/%d %H:%M', '%Y/%m/%d %I:%M:%S %p', '%Y/%m/%d %I:%M %p', '%Y/%m/%d'])
) end;

-- An offset is at most 14 hours (UTC+14 is the furthest any zone goes) with minutes under 60: "+25:00"
-- is no offset, and the time is unparseable.
create or replace temp macro ingest_ts_apply(local_ts, off, zone) as (
	case
		when local_ts is null then null
		when off = '' then timezone(zone, local_ts)
		when abs(ingest_offset_minutes(off)) > 14 * 60
			or coalesce(try_cast(nullif(regexp_extract(regexp_replace(off, '(GMT|UTC| )', '', 'g'), '^[+-]\d{1,2}:?(\d{2})$', 1), '') as integer), 0) >= 60
			then null
		else timezone('UTC', local_ts - to_minutes(ingest_offset_minutes(off)))
	end
);

create or replace temp macro ingest_ts_parts(s, zone, month_first) as ingest_ts_apply(
	ingest_ts_local(trim(left(s, length(s) - length(ingest_ts_offset(s)))), month_first),
	ingest_ts_offset(s),
	zone
);

-- Whether a text is an ISO 8601 local time (date, minutes, seconds, fraction; no offset).
create or replace temp macro ingest_is_iso_local(raw) as
	regexp_full_match(raw, '\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?');

-- The short way for the usual shapes, no trimming: ISO local time (one pattern is much cheaper
-- than the general parse) and ISO with an offset or Z; null for anything else, which
-- type_interactions_times.sql then reads the general way.
create or replace temp macro ingest_ts_iso(raw, zone) as (
	case
		when ingest_is_iso_local(raw)
			then timezone(zone, try_cast(raw as timestamp))
		when regexp_full_match(raw, '\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)? ?(Z|z|[+-](0\d|1[0-4])(:?[0-5]\d)?)')
			then try_cast(raw as timestamptz)
	end
);

create or replace temp macro ingest_ts(raw, zone, month_first) as
	coalesce(ingest_ts_iso(raw, zone), ingest_ts_parts(ingest_ts_clean(raw), zone, month_first));

-- Whether a text is a slash date that reads only one way round (for choosing day- or month-first).
create or replace temp macro ingest_slash_local(raw) as
	trim(left(ingest_ts_clean(raw), length(ingest_ts_clean(raw)) - length(ingest_ts_offset(ingest_ts_clean(raw)))));

-- A rating written as a whole number (Arabic-Indic digits allowed; "4.0" is 4), else null.
create or replace temp macro ingest_rating(raw) as (
	case
		when try_cast(ingest_digits(raw) as double) = floor(try_cast(ingest_digits(raw) as double))
			then try_cast(try_cast(ingest_digits(raw) as double) as integer)
	end
);

-- Masks personal data with the rules of src/lib/domain/masking.ts (patterns and replacements are
-- passed in as bound parameters). Each rule runs twice: a neighbour one match consumed can hide an
-- adjacent match, and a second pass finds it (as the JavaScript version's repeat does).
-- Whether a text may hold personal data: every masking rule's match holds an @ or nine digits
-- (with spaces or dashes between).
create or replace temp macro ingest_may_hold_personal(t) as
	contains(t, '@') or regexp_matches(t, '(?:[0-9٠-٩۰-۹][ -]*){9}');

create or replace temp macro ingest_mask(t, p1, r1, p2, r2, p3, r3, p4, r4) as
	case when not ingest_may_hold_personal(t) then t else
	regexp_replace(regexp_replace(
	regexp_replace(regexp_replace(
	regexp_replace(regexp_replace(
	regexp_replace(regexp_replace(t,
		p1, r1, 'g'), p1, r1, 'g'),
		p2, r2, 'g'), p2, r2, 'g'),
		p3, r3, 'g'), p3, r3, 'g'),
		p4, r4, 'g'), p4, r4, 'g')
	end;

-- How many masked markers a text holds (each replacement ends with "محجوب]").
create or replace temp macro ingest_mask_marks(t) as
	coalesce((length(t) - length(replace(t, 'محجوب]', ''))) // 6, 0);


-- Whether an interaction read from a file (n) holds the values stored for its id (o), both passed
-- as whole rows (a table's alias names its row). The staged path (checked_interactions.sql) and the
-- single pass (single_pass_unchanged.sql) call a row unchanged by this one rule.
create or replace temp macro ingest_unchanged(o, n) as
	o.channel = n.channel and o.type = n.type and o.received_at = n.received_at
	and o.decided_at is not distinct from n.decided_at
	and o.decision is not distinct from n.decision
	and o.closed_at is not distinct from n.closed_at
	and o.service is not distinct from n.service
	and o.branch is not distinct from n.branch
	and o.team is not distinct from n.team
	and o.beneficiary_ref is not distinct from n.beneficiary_ref;


-- The dates ingest stores: local days from 1937-01-01 to 2077-12-31 in the organisation's zone (the
-- periods' range, src/lib/domain/periods.ts); a time outside it is rejected (date_out_of_range:…).
create or replace temp macro ingest_in_range(ts, zone) as
	ts >= timezone(zone, timestamp '1937-01-01') and ts < timezone(zone, timestamp '2078-01-01');

-- Whether a time read as Gregorian has a year Hijri dates have (1300–1500): such a date is a Hijri
-- date stored as the year 1447 AD unless it is read as Hijri (hijri_date:… otherwise).
create or replace temp macro ingest_hijri_range(ts) as
	year(timezone('UTC', ts)) between 1300 and 1500;

-- The Umm al-Qura months, filled by hijri_months.sql (kept for the connection: it never changes).
create temp table if not exists ingest_hijri_month (hy integer, hm integer, first_day date, days integer);

-- A Hijri (Umm al-Qura) date's day as a Gregorian date; null when there is no such day (a 30th
-- of a 29-day month, month 13) or the year is outside the table. The months come as columns of one
-- row the statement joins (h_firsts, h_days, h_from: ingest_hijri_lists below), not as a subquery
-- per value, which made the typing statements' plans many times deeper and slower.
create or replace temp macro ingest_hijri_day(y, m, d, h_firsts, h_days, h_from) as
	case when y >= h_from and m between 1 and 12 and d between 1 and h_days[(y - h_from) * 12 + m]
		then h_firsts[(y - h_from) * 12 + m] + (d - 1) end;

-- The months of ingest_hijri_month as the lists ingest_hijri_day reads (one row, to cross join).
create or replace temp macro ingest_hijri_lists() as table
	select
		list(first_day order by hy, hm) as h_firsts,
		list(days order by hy, hm) as h_days,
		coalesce(min(hy), 0) as h_from
	from ingest_hijri_month;

-- A cleaned time text (ingest_ts_clean) whose date is Hijri, with the date rewritten as its
-- Gregorian day and the time and offset kept: "1447-05-01 10:00" → "2025-10-23 10:00",
-- "01/05/1447 2:05 PM" → "2025/10/23 2:05 PM" (slashes where ingest_ts_local reads AM/PM). Year
-- first (- or /) or day first (dd/mm/yyyy, dd-mm-yyyy, turned year first here); null for any other
-- shape.
create or replace temp macro ingest_hijri_rewrite(day, rest) as
	case when regexp_matches(rest, '[AaPp][Mm]') then strftime(day, '%Y/%m/%d') else strftime(day, '%Y-%m-%d') end
	|| regexp_replace(rest, '^T', ' ');

create or replace temp macro ingest_hijri_year_first(s) as
	regexp_replace(s, '^(\d{1,2})([-/])(\d{1,2})[-/](\d{4})( |$)', '\4\2\3\2\1\5');

create or replace temp macro ingest_hijri_parts_text(p, h_firsts, h_days, h_from) as
	ingest_hijri_rewrite(
		ingest_hijri_day(try_cast(p.y as integer), try_cast(p.m as integer), try_cast(p.d as integer),
			h_firsts, h_days, h_from),
		p.rest);

create or replace temp macro ingest_hijri_text(s, h_firsts, h_days, h_from) as
	case when regexp_full_match(ingest_hijri_year_first(s), '\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[T ].*)?')
		then ingest_hijri_parts_text(
			regexp_extract(ingest_hijri_year_first(s), '^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(.*)$', ['y', 'm', 'd', 'rest']),
			h_firsts, h_days, h_from)
	end;

-- A time written as a Hijri date, read as ingest_ts reads a Gregorian one (never month-first).
create or replace temp macro ingest_ts_hijri(raw, zone, h_firsts, h_days, h_from) as
	ingest_ts(ingest_hijri_text(ingest_ts_clean(raw), h_firsts, h_days, h_from), zone, false);

-- The longest value a row may hold, in characters: a longer one rejects its row
-- (value_too_long:column) rather than storing megabytes of comment, and a rejected row keeps its
-- first characters only (ingest_cut_values).
create or replace temp macro ingest_max_value() as 10000;

-- (strlen, the bytes, is known without reading the text: most values are settled by it)
create or replace temp macro ingest_too_long(v) as
	coalesce(strlen(v) > ingest_max_value() and length(v) > ingest_max_value(), false);

create or replace temp macro ingest_cut_values(vals) as
	list_transform(vals, v -> case when ingest_too_long(v) then left(v, 200) || '…' else v end);
