-- A new survey, as a draft. Parameters: $slug, $title_ar, $title_en, $created_by. Output: id.
insert into survey (slug, title_ar, title_en, status, created_by)
values ($slug, $title_ar, $title_en, 'draft', $created_by)
returning id;
