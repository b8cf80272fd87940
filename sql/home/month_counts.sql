-- Interactions received and survey answers submitted between two instants.
-- Parameters: $start (inclusive), $end (exclusive). Output: interactions, responses.
select
	(select count(*) from interaction where received_at >= $start and received_at < $end) as interactions,
	(select count(*) from response where submitted_at >= $start and submitted_at < $end) as responses;
