-- Benchmark data: $n survey answers in time order from $start over $span_s seconds; 70 % linked
-- to one of the $interactions interactions. Parameters: $n, $interactions, $start, $span_s.
insert into response (id, submitted_at, channel, branch, service, interaction_id, csat, nps, ces, source)
with base as (
	select
		i,
		hash(i + 7) as h1,
		hash(i + 2000000011) as h2,
		$start + to_microseconds((i * ($span_s::bigint * 1000000 // $n) + hash(i * 5) % 1000000)::bigint) as submitted_at
	from range(0, $n) as t(i)
)
select
	'r' || i as id,
	submitted_at,
	['in_person', 'phone', 'social_media', 'letter', 'help_request', 'volunteering', 'website',
		'branch_rep', 'service_form', 'project_application'][1 + (h2 % 10)::integer] as channel,
	['riyadh', 'hail', 'sakaka', 'qurayyat', 'jeddah'][1 + ((h2 // 100) % 5)::integer] as branch,
	['food', 'housing', 'health', 'training', 'counselling', 'financial'][1 + ((h1 // 100) % 6)::integer] as service,
	case when h1 % 10 < 7 then 'b' || ((i * $interactions) // $n) end as interaction_id,
	[1, 2, 3, 4, 4, 5, 5, 5][1 + (h1 % 8)::integer] as csat,
	case when h2 % 10 < 8 then (h1 // 10) % 11 end as nps,
	case when h2 % 10 < 4 then 1 + (h1 // 1000) % 7 end as ces,
	'ingest' as source
from base;
