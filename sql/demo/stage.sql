-- Staging tables the demo generator appends to before inserting by column name. No parameters.
create or replace temp table demo_interaction (
	id varchar,
	channel varchar,
	type varchar,
	received_at timestamptz,
	decided_at timestamptz,
	decision varchar,
	closed_at timestamptz,
	service varchar,
	branch varchar,
	team varchar,
	beneficiary_ref varchar
);
create or replace temp table demo_response (
	id varchar,
	submitted_at timestamptz,
	channel varchar,
	branch varchar,
	service varchar,
	interaction_id varchar,
	csat tinyint,
	nps tinyint,
	ces tinyint,
	comment varchar,
	lang varchar
);
