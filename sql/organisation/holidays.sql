-- Listed holidays. No parameters. Output: day, name_ar, name_en.
select day, name_ar, name_en from holiday order by day;
