-- Keeps the settled rows the merge needs again (see checked_interactions.sql): the rejected and
-- updated rows whole, an inserted row only when something in it was masked (its count), and an
-- unchanged row by line, id and outcome alone (it is only counted). Inserted rows are read from
-- ingest_checked by insert_interactions.sql, not stored here: most rows of a file are new.
-- Parameters: $first_rowid, $mf_received_at, $mf_decided_at, $mf_closed_at, $zone.
-- Creates ingest_outcome.
create or replace temp table ingest_outcome as
select
	line, id, outcome,
	if(outcome = 'unchanged', null, channel) as channel,
	if(outcome = 'unchanged', null, type) as type,
	if(outcome = 'unchanged', null, received_at) as received_at,
	if(outcome = 'unchanged', null, decided_at) as decided_at,
	if(outcome = 'unchanged', null, decision) as decision,
	if(outcome = 'unchanged', null, closed_at) as closed_at,
	if(outcome = 'unchanged', null, service) as service,
	if(outcome = 'unchanged', null, branch) as branch,
	if(outcome = 'unchanged', null, team) as team,
	if(outcome = 'unchanged', null, beneficiary_ref) as beneficiary_ref,
	masked, reasons, old_changed_at
from ingest_checked($first_rowid, $mf_received_at, $mf_decided_at, $mf_closed_at, $zone)
where outcome <> 'inserted' or masked > 0;
