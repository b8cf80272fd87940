-- Moves the staged demo interactions into the store. No parameters.
insert into interaction (
	id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team, beneficiary_ref
)
select id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team, beneficiary_ref
from demo_interaction;
