-- Edits a channel. Parameters: $code, $name_ar, $name_en, $aliases (list), $active.
update channel set name_ar = $name_ar, name_en = $name_en, aliases = $aliases::varchar[], active = $active
where code = $code;
