-- The channels and branches a survey link may name (?c=, ?b=) or the form may ask for: the
-- active ones, in display order. No parameters. Output: kind ('channel' | 'branch'), code,
-- name_ar, name_en.
select kind, code, name_ar, name_en
from (
	select 'channel' as kind, code, name_ar, name_en, sort_order
	from channel
	where active
	union all
	select 'branch' as kind, code, name_ar, name_en, 0 as sort_order
	from segment_label
	where kind = 'branch' and active
)
order by kind, sort_order, code;
