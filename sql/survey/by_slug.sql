-- A survey by its public slug. Parameters: $slug.
-- Output: id, slug, title_ar, title_en, status, active_version, embeddable.
select id, slug, title_ar, title_en, status, active_version, embeddable
from survey
where slug = $slug;
