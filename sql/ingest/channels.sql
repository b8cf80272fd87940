-- Every channel with its names and aliases, for matching names in files. Output: code, name_ar,
-- name_en, aliases.
select code, name_ar, name_en, aliases from channel order by sort_order, code;
