-- Reads ingest_stage as interactions: typed values, masked beneficiary_ref, and every reason a row
-- cannot be stored (English codes "reason" or "reason:column"; the page and CSV put them in words).
-- Parameters: $zone; $mf_received_at, $mf_decided_at, $mf_closed_at (month-first slash dates);
--   $p1, $r1 … $p4, $r4 (masking rules). Creates ingest_typed.
create or replace temp table ingest_typed as
with src as (
	select
		line,
		ingest_blank(s.id) as id,
		ingest_blank(s.channel) as channel_raw,
		ingest_blank(s.type) as type_raw,
		ingest_blank(s.received_at) as received_raw,
		ingest_blank(s.decided_at) as decided_raw,
		ingest_blank(s.decision) as decision_raw,
		ingest_blank(s.closed_at) as closed_raw,
		ingest_blank(s.service) as service,
		ingest_blank(s.branch) as branch,
		ingest_blank(s.team) as team,
		ingest_blank(s.beneficiary_ref) as beneficiary_raw
	from ingest_stage s
),
typed as (
	select
		src.*,
		ch.code as channel,
		ty.code as type,
		de.code as decision,
		ingest_ts(received_raw, $zone, $mf_received_at) as received_at,
		ingest_ts(decided_raw, $zone, $mf_decided_at) as decided_at,
		ingest_ts(closed_raw, $zone, $mf_closed_at) as closed_at,
		ingest_mask(beneficiary_raw, $p1, $r1, $p2, $r2, $p3, $r3, $p4, $r4) as beneficiary_ref
	from src
	left join ingest_value_map ch on ch.field = 'channel' and ch.raw = src.channel_raw
	left join ingest_value_map ty on ty.field = 'type' and ty.raw = src.type_raw
	left join ingest_value_map de on de.field = 'decision' and de.raw = src.decision_raw
)
select
	line, id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team,
	beneficiary_ref,
	ingest_mask_marks(beneficiary_ref) - ingest_mask_marks(beneficiary_raw) as masked,
	list_filter([
		case when id is null then 'missing_value:id' end,
		case when channel_raw is null then 'missing_value:channel' when channel is null then 'unknown_channel' end,
		case when type_raw is null then 'missing_value:type' when type is null then 'unknown_type' end,
		case when received_raw is null then 'missing_value:received_at'
			when received_at is null then 'unparseable_date:received_at' end,
		case when decided_raw is not null and decided_at is null then 'unparseable_date:decided_at' end,
		case when decision_raw is not null and decision is null then 'unknown_decision' end,
		case when closed_raw is not null and closed_at is null then 'unparseable_date:closed_at' end,
		case when decided_at < received_at then 'decided_before_received' end,
		case when closed_at < received_at then 'closed_before_received' end
	], r -> r is not null) as reasons
from typed;
