-- One issued report with its content. Parameters: $id.
-- Output: id, period_key, lang, version, issued_at, meeting_number, meeting_date, data_fingerprint, content.
select id, period_key, lang, version, issued_at, meeting_number, strftime(meeting_date, '%Y-%m-%d') as meeting_date,
	data_fingerprint, content::varchar as content
from report_snapshot
where id = $id;
