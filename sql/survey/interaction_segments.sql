-- Where and when an interaction happened, for the answer given through its one-time link (the
-- answer takes its channel, branch and service; received_at names the roll-up day whose answered
-- count changes). Parameters: $id. Output: channel, branch, service, received_at.
select channel, branch, service, received_at
from interaction
where id = $id;
