-- Settles each interaction row (a table macro, so the ingest can read the settled rows more than
-- once without storing them): names matched to codes (ingest_value_map; a name of only whitespace
-- is no value), each time column read day- or month-first, every reason it cannot be stored (English
-- codes "reason" or "reason:column"; the page and the CSV put them in words), and its outcome against
-- the stored interactions: rejected, inserted (new id), unchanged (same values stored) or updated.
-- Earlier copies of a repeated id are left out (ingest_dupes).
-- Macro arguments: first_rowid (a CSV row's line is found from its row id: see first_rowid.sql),
-- mf_received_at, mf_decided_at, mf_closed_at (read slash dates month-first), zone (the
-- organisation's: the supported range of dates, ingest_in_range). A time with a Hijri year that was
-- not read as Hijri is rejected (hijri_date:…), as is one outside the supported range
-- (date_out_of_range:…). No parameters.
create or replace temp macro ingest_checked(first_rowid, mf_received_at, mf_decided_at, mf_closed_at, zone) as table
with typed as (
	select
		coalesce(t.line, t.rowid - first_rowid + 2) as line,
		t.id,
		t.channel_raw is not null and not coalesce(ch.blank, false) as has_channel,
		t.type_raw is not null and not coalesce(ty.blank, false) as has_type,
		t.decision_raw is not null and not coalesce(de.blank, false) as has_decision,
		ch.code as channel, ty.code as type, de.code as decision,
		-- a time this pass could not read as written, and that trimmed to nothing, is no value
		t.received_raw is not null and (t.received_at_d is not null or t.received_text is not null) as has_received_at,
		t.decided_raw is not null and (t.decided_at_d is not null or t.decided_text is not null) as has_decided_at,
		t.closed_raw is not null and (t.closed_at_d is not null or t.closed_text is not null) as has_closed_at,
		case when mf_received_at and contains(t.received_text, '/') then t.received_at_m else t.received_at_d end as received_at,
		case when mf_decided_at and contains(t.decided_text, '/') then t.decided_at_m else t.decided_at_d end as decided_at,
		case when mf_closed_at and contains(t.closed_text, '/') then t.closed_at_m else t.closed_at_d end as closed_at,
		t.service, t.branch, t.team,
		coalesce(t.beneficiary_masked, t.beneficiary_raw) as beneficiary_ref,
		case when t.beneficiary_masked is not null
			then ingest_mask_marks(t.beneficiary_masked) - ingest_mask_marks(t.beneficiary_raw) else 0 end as masked,
		-- values too long to store (ingest_max_value)
		list_filter([
			case when ingest_too_long(t.id) then 'value_too_long:id' end,
			case when ingest_too_long(t.channel_raw) then 'value_too_long:channel' end,
			case when ingest_too_long(t.type_raw) then 'value_too_long:type' end,
			case when ingest_too_long(t.decision_raw) then 'value_too_long:decision' end,
			case when ingest_too_long(t.service) then 'value_too_long:service' end,
			case when ingest_too_long(t.branch) then 'value_too_long:branch' end,
			case when ingest_too_long(t.team) then 'value_too_long:team' end,
			case when ingest_too_long(t.beneficiary_raw) then 'value_too_long:beneficiary_ref' end
		], r -> r is not null) as too_long
	from ingest_typed t
	left join ingest_dupes d on d.id = t.id
	left join ingest_value_map ch on ch.field = 'channel' and ch.raw = t.channel_raw
	left join ingest_value_map ty on ty.field = 'type' and ty.raw = t.type_raw
	left join ingest_value_map de on de.field = 'decision' and de.raw = t.decision_raw
	where d.id is null or d.keep_line = coalesce(t.line, t.rowid - first_rowid + 2)
),
checked as (
	select
		typed.*,
		-- the list is built only for a row with some problem (most rows have none)
		case when id is null or channel is null or type is null or received_at is null
				or (has_decided_at and decided_at is null) or (has_decision and decision is null)
				or (has_closed_at and closed_at is null)
				or decided_at < received_at or closed_at < received_at
				or not ingest_in_range(received_at, zone) or not ingest_in_range(decided_at, zone)
				or not ingest_in_range(closed_at, zone) or len(too_long) > 0
			then list_concat(list_filter([
				case when id is null then 'missing_value:id' end,
				case when not has_channel then 'missing_value:channel' when channel is null then 'unknown_channel' end,
				case when not has_type then 'missing_value:type' when type is null then 'unknown_type' end,
				case when not has_received_at then 'missing_value:received_at'
					when received_at is null then 'unparseable_date:received_at'
					when ingest_hijri_range(received_at) then 'hijri_date:received_at'
					when not ingest_in_range(received_at, zone) then 'date_out_of_range:received_at' end,
				case when has_decided_at and decided_at is null then 'unparseable_date:decided_at'
					when ingest_hijri_range(decided_at) then 'hijri_date:decided_at'
					when not ingest_in_range(decided_at, zone) then 'date_out_of_range:decided_at' end,
				case when has_decision and decision is null then 'unknown_decision' end,
				case when has_closed_at and closed_at is null then 'unparseable_date:closed_at'
					when ingest_hijri_range(closed_at) then 'hijri_date:closed_at'
					when not ingest_in_range(closed_at, zone) then 'date_out_of_range:closed_at' end,
				case when decided_at < received_at then 'decided_before_received' end,
				case when closed_at < received_at then 'closed_before_received' end
			], r -> r is not null), too_long)
			else []::varchar[]
		end as reasons
	from typed
)
select
	n.line, n.id, n.channel, n.type, n.received_at, n.decided_at, n.decision, n.closed_at,
	n.service, n.branch, n.team, n.beneficiary_ref, n.masked, n.reasons,
	case
		when len(n.reasons) > 0 then 'rejected'
		when o.id is null then 'inserted'
		when ingest_unchanged(o, n) then 'unchanged'
		else 'updated'
	end as outcome,
	n.received_at as changed_at,
	o.received_at as old_changed_at
from checked n
left join interaction o on o.id = n.id;
