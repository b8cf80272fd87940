-- Removes the interaction roll-up rows of the days $from_day … $to_day (inclusive).
-- Parameters: $from_day, $to_day (DATE as YYYY-MM-DD).
delete from metrics_interaction_daily where day between $from_day::date and $to_day::date;
