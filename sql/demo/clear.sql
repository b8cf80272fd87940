-- Removes the organisation's data before the demo is loaded again (db:seed --demo --reset).
-- Users, sessions and the audit log are kept. No parameters.
delete from response_answer;
delete from response;
delete from survey_token;
delete from survey_version;
delete from survey;
delete from interaction;
delete from improvement_action;
delete from ingest_rejected_row;
delete from ingest_run;
delete from report_snapshot;
delete from segment_label;
delete from organisation_logo;
delete from organisation;
