-- 013_response_collection: how a public survey answer was collected, beside its source ('web').
-- collection: null for the survey's own page on the person's device, 'kiosk' for a tablet at
-- reception (/k/…), 'field' for a representative's phone that may have been offline (the answer
-- then arrives later than it was given; submitted_at is when it was given). device: the kiosk's
-- or phone's name as a manager named it, never a person. DuckDB adds no column with a constraint,
-- so the values are checked where answers are written (src/lib/server/survey/submissions.ts).
alter table response add column collection varchar;
alter table response add column device varchar;
