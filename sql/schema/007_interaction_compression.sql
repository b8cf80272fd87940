-- 007_interaction_compression: each column of the interaction log names how DuckDB compresses it,
-- rather than DuckDB trying every method on every segment it writes. Names and codes that repeat
-- (channel, type, decision, service, branch, team) keep a dictionary; ids and beneficiary
-- references, mostly distinct, use FSST; the run and the update time, the same for a whole file,
-- are run-length encoded; the times are left to DuckDB. Trying a dictionary on mostly distinct text
-- was the dear part: with these declarations the benchmark's million-row ingest took 2.6–2.7 s
-- instead of 3.0–3.3 s (bench/ingest.ts), and the stored file is as small as before. A segment
-- that does not suit its method is stored uncompressed, as DuckDB does for any method. The table is
-- rebuilt: a column's compression is set when it is created. EXPORT DATABASE does not write these
-- declarations; a restore applies this file again (src/lib/server/backup.ts).
create table interaction_rebuilt (
	id varchar not null using compression fsst,
	channel varchar not null using compression dictionary,
	-- inquiry, support_request, complaint or suggestion
	type varchar not null using compression dictionary,
	received_at timestamptz not null,
	decided_at timestamptz,
	-- approved, rejected or pending
	decision varchar using compression dictionary,
	closed_at timestamptz,
	service varchar using compression dictionary,
	branch varchar using compression dictionary,
	team varchar using compression dictionary,
	-- pseudonymous at most; never a name
	beneficiary_ref varchar using compression fsst,
	ingest_run_id integer using compression rle,
	updated_at timestamptz not null default current_timestamp using compression rle
);

insert into interaction_rebuilt
select id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team,
	beneficiary_ref, ingest_run_id, updated_at
from interaction
order by received_at, id;

drop table interaction;

alter table interaction_rebuilt rename to interaction;
