-- Removes the association's logo. Parameters: none.
delete from organisation_logo where id = 1;
