-- The file's interaction rows by canonical column, as text, with the line a person sees.
-- No parameters.
create or replace temp table ingest_stage (
	line bigint not null,
	id varchar,
	channel varchar,
	type varchar,
	received_at varchar,
	decided_at varchar,
	decision varchar,
	closed_at varchar,
	service varchar,
	branch varchar,
	team varchar,
	beneficiary_ref varchar
);
