-- 005_interaction_without_index: the interaction log keeps no primary-key index and no check
-- constraints. Keeping a unique index up to date made inserting a large log about three times
-- slower than reading it, and the checks cost a quarter of a bare read again. The ingest, the only
-- writer, keeps both promises itself: it merges each file against the stored ids (a repeated id
-- updates or leaves the stored row, never adds a second), one ingest at a time, and it stores only
-- rows that passed its checks (known type and decision codes, not decided before received;
-- sql/ingest/outcome_interactions.sql). DuckDB cannot drop a constraint, so the table is rebuilt.
create table interaction_rebuilt (
	id varchar not null,
	channel varchar not null,
	-- inquiry, support_request, complaint or suggestion
	type varchar not null,
	received_at timestamptz not null,
	decided_at timestamptz,
	-- approved, rejected or pending
	decision varchar,
	closed_at timestamptz,
	service varchar,
	branch varchar,
	team varchar,
	-- pseudonymous at most; never a name
	beneficiary_ref varchar,
	ingest_run_id integer,
	updated_at timestamptz not null default current_timestamp
);

insert into interaction_rebuilt
select id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team,
	beneficiary_ref, ingest_run_id, updated_at
from interaction
order by received_at, id;

drop table interaction;

alter table interaction_rebuilt rename to interaction;
