-- Fills ingest_hijri_month (created by macros.sql) once per connection with the Umm al-Qura months
-- (src/lib/domain/hijri-months.ts: Intl's calendar), which the Hijri date macros read: Hijri year and
-- month, the month's first Gregorian day, its length.
-- Parameters: $years, $months, $firsts (YYYY-MM-DD), $days (lists of equal length).
insert into ingest_hijri_month
select
	unnest($years::integer[]) as hy,
	unnest($months::integer[]) as hm,
	unnest($firsts::varchar[])::date as first_day,
	unnest($days::integer[]) as days
where not exists (select 1 from ingest_hijri_month);
