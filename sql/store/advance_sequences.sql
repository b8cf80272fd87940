-- Run when a store opens (after its migrations): moves each id sequence past the largest id its
-- table holds. A sequence's step is written to the log only with the transaction that called
-- nextval, so a row stored with an id taken earlier (the ingest keeps a rolled-back attempt's run
-- id) can, after a crash, leave the sequence behind its table; the next nextval would then repeat
-- an id. Calls nextval as many times as the sequence is behind (none when it is not).
-- Parameters: none. Output: one row, the number of steps taken.
with behind as (
	select s.sequence_name as name,
		greatest(t.max_id - coalesce(s.last_value, s.start_value - 1), 0) as steps
	from duckdb_sequences() s
	join (
		select 'ingest_run_id_seq' as name, coalesce(max(id), 0) as max_id from ingest_run
		union all select 'survey_id_seq', coalesce(max(id), 0) from survey
		union all select 'improvement_action_id_seq', coalesce(max(id), 0) from improvement_action
		union all select 'app_user_id_seq', coalesce(max(id), 0) from app_user
		union all select 'audit_log_id_seq', coalesce(max(id), 0) from audit_log
		union all select 'report_snapshot_id_seq', coalesce(max(id), 0) from report_snapshot
	) t on t.name = s.sequence_name
	where s.schema_name = 'main'
)
select
	(select count(nextval('ingest_run_id_seq')) from range((select steps from behind where name = 'ingest_run_id_seq')))
	+ (select count(nextval('survey_id_seq')) from range((select steps from behind where name = 'survey_id_seq')))
	+ (select count(nextval('improvement_action_id_seq')) from range((select steps from behind where name = 'improvement_action_id_seq')))
	+ (select count(nextval('app_user_id_seq')) from range((select steps from behind where name = 'app_user_id_seq')))
	+ (select count(nextval('audit_log_id_seq')) from range((select steps from behind where name = 'audit_log_id_seq')))
	+ (select count(nextval('report_snapshot_id_seq')) from range((select steps from behind where name = 'report_snapshot_id_seq')))
	as steps;
