-- One audit entry. Parameters: $user_id, $actor, $action, $target, $detail (JSON text), $client_address.
insert into audit_log (user_id, actor, action, target, detail, client_address)
values ($user_id, $actor, $action, $target, $detail::json, $client_address);
