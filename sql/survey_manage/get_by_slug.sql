-- One survey by its slug. Parameters: $slug. Output: id, slug, title_ar, title_en, status, active_version.
select id, slug, title_ar, title_en, status, active_version
from survey
where slug = $slug;
