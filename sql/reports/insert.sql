-- Stores an issued report. Parameters: $period_key, $lang, $version, $data_fingerprint, $content (JSON text),
-- $issued_by. Output: id.
insert into report_snapshot (period_key, lang, version, data_fingerprint, content, issued_by)
values ($period_key, $lang, $version, $data_fingerprint, $content::json, $issued_by)
returning id;
