-- A survey by id (the staff preview). Parameters: $id.
-- Output: id, slug, title_ar, title_en, status, active_version, embeddable.
select id, slug, title_ar, title_en, status, active_version, embeddable
from survey
where id = $id;
