-- One survey. Parameters: $id. Output: id, slug, title_ar, title_en, status, active_version,
-- embeddable, created_at, updated_at.
select id, slug, title_ar, title_en, status, active_version, embeddable, created_at, updated_at
from survey
where id = $id;
