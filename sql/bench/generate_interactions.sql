-- Benchmark data: $n interactions spread evenly (in time order) from $start over $span_s seconds,
-- with hash-based pseudo-random channel, type, segments and decisions. Parameters: $n, $start, $span_s.
insert into interaction (id, channel, type, received_at, decided_at, decision, service, branch, team)
with base as (
	select
		i,
		hash(i) as h1,
		hash(i + 1000000007) as h2,
		$start + to_microseconds((i * ($span_s::bigint * 1000000 // $n) + hash(i * 3) % 1000000)::bigint) as received_at
	from range(0, $n) as t(i)
),
typed as (
	select
		*,
		case
			when h1 % 100 < 33 then 'support_request'
			when h1 % 100 < 75 then 'inquiry'
			when h1 % 100 < 90 then 'complaint'
			else 'suggestion'
		end as type
	from base
)
select
	'b' || i as id,
	['in_person', 'phone', 'social_media', 'letter', 'help_request', 'volunteering', 'website',
		'branch_rep', 'service_form', 'project_application'][1 + (h2 % 10)::integer] as channel,
	type,
	received_at,
	case when type = 'support_request' and h2 % 100 < 95
		then received_at + to_microseconds(((3600 + h1 % (30 * 86400)) * 1000000)::bigint)
	end as decided_at,
	case when type = 'support_request' and h2 % 100 < 95
		then case when h1 % 7 = 0 then 'rejected' else 'approved' end
	end as decision,
	['food', 'housing', 'health', 'training', 'counselling', 'financial'][1 + ((h1 // 100) % 6)::integer] as service,
	['riyadh', 'hail', 'sakaka', 'qurayyat', 'jeddah'][1 + ((h2 // 100) % 5)::integer] as branch,
	case when type = 'support_request' then 'research' else ['reception', 'programs'][1 + ((h1 // 1000) % 2)::integer] end as team
from typed;
