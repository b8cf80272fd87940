-- A fingerprint of the organisation's data (not of load times). No parameters.
-- Output: interactions, responses, fingerprint.
select
	(select count(*) from interaction) as interactions,
	(select count(*) from response) as responses,
	md5(
		(select string_agg(concat_ws('|', id, channel, type, epoch_us(received_at), epoch_us(decided_at),
			decision, epoch_us(closed_at), service, branch, team, beneficiary_ref), ';' order by id)
			from interaction)
		|| '#' ||
		(select string_agg(concat_ws('|', id, epoch_us(submitted_at), channel, branch, service,
			interaction_id, csat, nps, ces, comment, lang), ';' order by id)
			from response)
	) as fingerprint;
