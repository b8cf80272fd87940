-- The channel, type and decision names met in earlier interaction files. Output: field, raw.
select field, raw from ingest_spelling;
