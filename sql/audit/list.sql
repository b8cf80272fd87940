-- Latest audit entries, optionally those whose action starts with a prefix.
-- Parameters: $action_prefix ('' for all), $limit. Output: id, occurred_at, actor, action, target, detail, client_address.
select id, occurred_at, actor, action, target, detail::varchar as detail, client_address
from audit_log
where starts_with(action, $action_prefix)
order by occurred_at desc, id desc
limit $limit;
