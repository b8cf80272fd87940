-- Saves the organisation's settings. Parameters: $name_ar, $name_en, $time_zone, $review_window_days,
-- $window_counting, $weekend_days (list), $min_group_size, $public_actions_page, $dashboard_period
-- (a preset of the dashboard's period filter).
update organisation set
	name_ar = $name_ar,
	name_en = $name_en,
	time_zone = $time_zone,
	review_window_days = $review_window_days,
	window_counting = $window_counting,
	weekend_days = $weekend_days::integer[],
	min_group_size = $min_group_size,
	public_actions_page = $public_actions_page,
	dashboard_period = $dashboard_period,
	updated_at = current_timestamp
where id = 1;
