-- Ends one session. Parameters: $id.
delete from session where id = $id;
