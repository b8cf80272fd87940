-- Removes the support requests received on the days $from_day … $to_day from metrics_request.
-- Parameters: $from_day, $to_day.
delete from metrics_request where day between $from_day::date and $to_day::date;
