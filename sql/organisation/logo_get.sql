-- The association's logo, if any. Parameters: none. Output: content_type, data_base64, updated_at.
select content_type, data_base64, updated_at from organisation_logo where id = 1;
