-- Creates the organisation row. Parameters: $name_ar, $name_en, $time_zone, $review_window_days, $is_demo.
insert into organisation (id, name_ar, name_en, time_zone, review_window_days, is_demo)
values (1, $name_ar, $name_en, $time_zone, $review_window_days, $is_demo);
