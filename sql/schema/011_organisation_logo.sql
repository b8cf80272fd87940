-- 011_organisation_logo: the association's logo, shown on the cover of its board reports. PNG or
-- JPEG only (an SVG can carry script), checked by its first bytes and at most 512 KB when uploaded
-- (src/lib/domain/logo.ts); kept as base64 text. One row, id = 1, like the organisation.
create table organisation_logo (
	id integer primary key check (id = 1),
	content_type varchar not null check (content_type in ('image/png', 'image/jpeg')),
	data_base64 varchar not null check (length(data_base64) between 4 and 699052),
	updated_at timestamptz not null default current_timestamp
);
