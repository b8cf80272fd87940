-- 006_ingest_spelling: the channel, type and decision names met in interaction files, as written.
-- The single pass (src/lib/server/ingest/single-pass.ts) can store a file straight from disk only
-- when it knows every name the file uses before reading it: these, with the names the app knows
-- itself, are the names it looks for. Only the spelling is kept; it is matched to a code again on
-- each ingest, so a change to a channel's names applies at once.
create table ingest_spelling (
	field varchar not null check (field in ('channel', 'type', 'decision')),
	raw varchar not null,
	primary key (field, raw)
);
