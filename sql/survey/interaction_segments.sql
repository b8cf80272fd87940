-- Where an interaction happened, for the answer given through its one-time link.
-- Parameters: $id. Output: channel, branch, service.
select channel, branch, service
from interaction
where id = $id;
