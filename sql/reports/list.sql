-- Issued reports, newest first. No parameters.
-- Output: id, period_key, lang, version, issued_at, meeting_number, meeting_date, data_fingerprint.
select id, period_key, lang, version, issued_at, meeting_number, strftime(meeting_date, '%Y-%m-%d') as meeting_date,
	data_fingerprint
from report_snapshot
order by issued_at desc, id desc;
