-- Removes the metrics_turnaround_sorted rows of requests received on $from_day … $to_day.
-- Parameters: $from_day, $to_day.
delete from metrics_turnaround_sorted where day between $from_day::date and $to_day::date;
