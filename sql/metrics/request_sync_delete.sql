-- Removes from metrics_request the rows of the days $from_day … $to_day that no longer match a
-- support request received in [$start, $end) (changed, moved or gone). Unchanged rows stay, so
-- an ingest touches only what it changed. Parameters: $start, $end, $from_day, $to_day.
delete from metrics_request m
where m.day between $from_day::date and $to_day::date
	and not exists (
		select 1
		from (
	select id, received_at, decided_at, channel, service, branch, team
	from interaction
	where type = 'support_request' and received_at >= $start and received_at < $end
		) as f
		where m.id = f.id
			and m.received_at = f.received_at
			and m.decided_at is not distinct from f.decided_at
			and m.channel = f.channel
			and m.service is not distinct from f.service
			and m.branch is not distinct from f.branch
			and m.team is not distinct from f.team
	);
