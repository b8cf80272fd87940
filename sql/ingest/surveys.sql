-- Surveys by id, slug and titles, for matching a file's survey column. Output: id, slug, title_ar, title_en.
select id, slug, title_ar, title_en from survey order by id;
