-- The default public survey and its first published version.
-- Parameters: $slug, $title_ar, $title_en, $questions (JSON text). Output: id.
insert into survey (slug, title_ar, title_en, status, active_version)
values ($slug, $title_ar, $title_en, 'active', 1)
returning id;
