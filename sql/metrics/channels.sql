-- Every channel with its names. No parameters. Output: code, name_ar, name_en, active, sort_order.
select code, name_ar, name_en, active, sort_order from channel order by sort_order, code;
