-- Adds or renames a holiday. Parameters: $day (YYYY-MM-DD), $name_ar, $name_en.
insert into holiday (day, name_ar, name_en) values ($day::date, $name_ar, $name_en)
on conflict (day) do update set name_ar = excluded.name_ar, name_en = excluded.name_en;
