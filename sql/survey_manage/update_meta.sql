-- Titles and whether the survey may be framed by another site. Parameters: $id, $title_ar,
-- $title_en, $embeddable. Output: id.
update survey
set title_ar = $title_ar, title_en = $title_en, embeddable = $embeddable, updated_at = current_timestamp
where id = $id
returning id;
