-- Every survey with its draft (if any) and the number of answers. No parameters.
-- Output: id, slug, title_ar, title_en, status, active_version, embeddable, draft_version, answers, created_at.
with drafts as (
	select survey_id, max(version) as draft_version
	from survey_version
	where published_at is null
	group by survey_id
),
answers as (
	select survey_id, count(*) as answers
	from response
	where survey_id is not null
	group by survey_id
)
select
	s.id, s.slug, s.title_ar, s.title_en, s.status, s.active_version, s.embeddable,
	d.draft_version, coalesce(a.answers, 0) as answers, s.created_at
from survey s
left join drafts d on d.survey_id = s.id
left join answers a on a.survey_id = s.id
order by s.status = 'closed', s.created_at desc, s.id desc;
