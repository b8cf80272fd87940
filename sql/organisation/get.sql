-- The organisation's settings (one row, or none before the first start). No parameters.
select
	id,
	name_ar,
	name_en,
	time_zone,
	review_window_days,
	window_counting,
	weekend_days,
	min_group_size,
	default_locale,
	public_actions_page,
	dashboard_period,
	is_demo
from organisation
where id = 1;
