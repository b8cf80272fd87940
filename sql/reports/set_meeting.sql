-- Records the board meeting at which a report was presented (the approval block; the figures stay frozen).
-- Parameters: $id, $meeting_number, $meeting_date (YYYY-MM-DD). Output: id.
update report_snapshot set meeting_number = $meeting_number, meeting_date = $meeting_date::date
where id = $id
returning id;
