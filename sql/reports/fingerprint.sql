-- A fingerprint of the data a report for the period is computed from: the period's interactions,
-- answers and improvement actions. Parameters: $start, $end. Output: interactions, responses, actions, digest.
select
	(select count(*) from interaction where received_at >= $start and received_at < $end) as interactions,
	(select count(*) from response where submitted_at >= $start and submitted_at < $end) as responses,
	(select count(*) from improvement_action) as actions,
	concat_ws(':',
		(select coalesce(bit_xor(hash(id, channel, type, epoch_us(received_at), epoch_us(decided_at), decision,
			epoch_us(closed_at), service, branch, team)), 0)
			from interaction where received_at >= $start and received_at < $end),
		(select coalesce(bit_xor(hash(id, epoch_us(submitted_at), channel, branch, service, interaction_id,
			csat, nps, ces, comment)), 0)
			from response where submitted_at >= $start and submitted_at < $end),
		(select coalesce(bit_xor(hash(id, title, status, epoch_us(updated_at))), 0) from improvement_action)
	) as digest;
