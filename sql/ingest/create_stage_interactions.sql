-- The file's interaction rows by canonical column, as text, with the line a person sees (null for
-- a CSV, whose line is its row's place in the file plus the header). No parameters.
create or replace temp table ingest_stage (
	line bigint,
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
