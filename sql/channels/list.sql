-- Every channel in display order. No parameters. Output: code, name_ar, name_en, aliases, active.
select code, name_ar, name_en, aliases, active from channel order by sort_order, code;
