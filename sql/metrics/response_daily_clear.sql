-- Removes the answer roll-up rows of the days $from_day … $to_day (inclusive).
-- Parameters: $from_day, $to_day.
delete from metrics_response_daily where day between $from_day::date and $to_day::date;
