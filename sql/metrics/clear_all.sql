-- Empties every roll-up before a full rebuild. No parameters.
delete from metrics_interaction_daily;
delete from metrics_response_daily;
delete from metrics_request;
delete from metrics_rollup_state;
