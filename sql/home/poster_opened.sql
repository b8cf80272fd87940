-- Records that a survey's poster was opened to print (the home page's checklist ticks on it): one
-- audit entry per survey, channel and branch, however often it is opened again.
-- Parameters: $user_id, $actor, $target (the survey id), $detail (JSON text: channel, branch),
-- $client_address.
insert into audit_log (user_id, actor, action, target, detail, client_address)
select $user_id, $actor, 'survey.poster', $target, $detail::json, $client_address
where not exists (
	select 1 from audit_log
	where action = 'survey.poster' and target = $target and detail::varchar = $detail::json::varchar
);
