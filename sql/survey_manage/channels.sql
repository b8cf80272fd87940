-- Active channels for links, in display order. No parameters. Output: code, name_ar, name_en.
select code, name_ar, name_en from channel where active order by sort_order, code;
