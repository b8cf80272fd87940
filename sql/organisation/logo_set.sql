-- Stores (or replaces) the association's logo. Parameters: $content_type, $data_base64.
insert or replace into organisation_logo (id, content_type, data_base64, updated_at)
values (1, $content_type, $data_base64, current_timestamp);
