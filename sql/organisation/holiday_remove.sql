-- Removes a holiday. Parameters: $day (YYYY-MM-DD).
delete from holiday where day = $day::date;
