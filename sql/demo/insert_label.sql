-- A display name for a service, branch or team. Parameters: $kind, $code, $name_ar, $name_en.
insert into segment_label (kind, code, name_ar, name_en)
values ($kind, $code, $name_ar, $name_en)
on conflict do nothing;
