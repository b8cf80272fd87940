-- The home page's first steps, each done or not, computed from the store (src/lib/server/first-steps.ts).
-- No parameters. Output: one row of booleans: channels (the channels page saved once), imported (an
-- interaction log imported with at least one row), survey (a survey published), posters (a survey
-- poster opened to print), users (someone besides the first admin), min_group (the settings saved),
-- has_data (any interaction or survey answer), survey_id (the first published survey, or null).
select
	exists (select 1 from audit_log where action = 'settings.channel') as channels,
	exists (
		select 1 from ingest_run
		where kind = 'interactions' and status = 'done' and inserted + updated + unchanged > 0
	) as imported,
	exists (select 1 from survey where active_version is not null) as survey,
	exists (select 1 from audit_log where action = 'survey.poster') as posters,
	(select count(*) from app_user) > 1 as users,
	exists (select 1 from audit_log where action = 'settings.update') as min_group,
	exists (select 1 from interaction) or exists (select 1 from response) as has_data,
	(select min(id) from survey where active_version is not null) as survey_id;
