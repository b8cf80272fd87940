-- Applies one masking rule (src/lib/domain/masking.ts) to a text, as ingest does in bulk.
-- Parameters: $text, $pattern, $replacement. Output: masked.
select regexp_replace($text, $pattern, $replacement, 'g') as masked;
