-- Drops the demo staging tables. No parameters.
drop table demo_interaction;
drop table demo_response;
