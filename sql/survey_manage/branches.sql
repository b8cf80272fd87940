-- Active branches for links. No parameters. Output: code, name_ar, name_en.
select code, name_ar, name_en from segment_label where kind = 'branch' and active order by code;
