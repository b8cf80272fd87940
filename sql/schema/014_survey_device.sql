-- 014_survey_device: a named device that collects answers to one survey for many people: a kiosk
-- (a tablet at reception, /k/<token>) or a field phone (a representative's phone that may be
-- offline, /f/<token>). Its link carries a secret token, kept here only as its SHA-256. Channel and
-- branch are fixed by the device. A kiosk's PIN (argon2id) is asked to leave kiosk mode or change
-- its settings. A device's answers are tagged with its name (response.device), never a person's.
create sequence survey_device_id_seq start 1;
create table survey_device (
	id integer primary key default nextval('survey_device_id_seq'),
	survey_id integer not null,
	kind varchar not null check (kind in ('kiosk', 'field')),
	name varchar not null check (length(name) between 1 and 60),
	channel varchar,
	branch varchar,
	token_hash varchar not null unique,
	pin_hash varchar,
	idle_seconds integer not null default 60 check (idle_seconds between 15 and 600),
	created_at timestamptz not null default current_timestamp,
	revoked_at timestamptz
);
