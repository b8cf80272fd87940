-- 001_foundation: the whole product's tables. Later migrations add columns and roll-ups, not redesigns.
-- Timestamps are TIMESTAMPTZ (stored as UTC instants); a value written without an offset is read
-- as the organisation's local time by whoever writes it (ingest, survey, seed).

-- The association using this store: a single row with id = 1.
create table organisation (
	id integer primary key check (id = 1),
	name_ar varchar not null,
	name_en varchar not null,
	time_zone varchar not null default 'Asia/Riyadh',
	review_window_days integer not null default 14 check (review_window_days between 1 and 365),
	-- 'calendar': every day counts; 'working': weekend days and holidays do not.
	window_counting varchar not null default 'calendar' check (window_counting in ('calendar', 'working')),
	-- ISO weekday numbers, 1 = Monday … 7 = Sunday. Default Friday (5) and Saturday (6).
	weekend_days integer[] not null default [5, 6],
	min_group_size integer not null default 5 check (min_group_size between 1 and 1000),
	default_locale varchar not null default 'ar' check (default_locale in ('ar', 'en')),
	public_actions_page boolean not null default false,
	is_demo boolean not null default false,
	created_at timestamptz not null default current_timestamp,
	updated_at timestamptz not null default current_timestamp
);

-- Days that do not count when the review window counts working days.
create table holiday (
	day date primary key,
	name_ar varchar,
	name_en varchar
);

-- Contact channels (domain.md): seeded with the policy's ten, editable, can be deactivated.
create table channel (
	code varchar primary key check (regexp_full_match(code, '[a-z][a-z0-9_]{0,39}')),
	name_ar varchar not null,
	name_en varchar not null,
	-- other spellings seen in files, matched after Arabic normalisation
	aliases varchar[] not null default [],
	active boolean not null default true,
	sort_order integer not null default 0
);

-- Display names for the free segments an interaction carries (service, branch, team).
create table segment_label (
	kind varchar not null check (kind in ('service', 'branch', 'team')),
	code varchar not null,
	name_ar varchar not null,
	name_en varchar not null,
	active boolean not null default true,
	primary key (kind, code)
);

create sequence ingest_run_id_seq start 1;

-- One row per file ingested (CLI or web).
create table ingest_run (
	id integer primary key default nextval('ingest_run_id_seq'),
	kind varchar not null check (kind in ('interactions', 'responses')),
	file_name varchar not null,
	file_size bigint,
	file_sha256 varchar,
	mapping_name varchar,
	status varchar not null default 'running' check (status in ('running', 'done', 'failed')),
	error varchar,
	inserted integer not null default 0,
	updated integer not null default 0,
	unchanged integer not null default 0,
	rejected integer not null default 0,
	masked integer not null default 0,
	user_id integer,
	started_at timestamptz not null default current_timestamp,
	finished_at timestamptz,
	duration_ms integer
);

-- Rows an ingest run refused, with their line, raw values and every reason in words.
create table ingest_rejected_row (
	run_id integer not null,
	line_number integer not null,
	raw json not null,
	reasons varchar[] not null,
	primary key (run_id, line_number)
);

-- Saved column mappings for exports whose headers are not canonical (Google Forms, MS Forms, Kobo).
create table column_mapping (
	name varchar primary key,
	kind varchar not null check (kind in ('interactions', 'responses')),
	-- the sorted, normalised source headers, to recognise later files with the same shape
	headers_signature varchar not null,
	mapping json not null,
	created_by integer,
	created_at timestamptz not null default current_timestamp,
	updated_at timestamptz not null default current_timestamp
);

-- The interaction log: one row per contact or request. `id` is the association's own reference.
create table interaction (
	id varchar primary key,
	channel varchar not null,
	type varchar not null check (type in ('inquiry', 'support_request', 'complaint', 'suggestion')),
	received_at timestamptz not null,
	decided_at timestamptz,
	decision varchar check (decision in ('approved', 'rejected', 'pending')),
	closed_at timestamptz,
	service varchar,
	branch varchar,
	team varchar,
	-- pseudonymous at most; never a name
	beneficiary_ref varchar,
	ingest_run_id integer,
	updated_at timestamptz not null default current_timestamp,
	check (decided_at is null or decided_at >= received_at)
);

create sequence survey_id_seq start 1;

create table survey (
	id integer primary key default nextval('survey_id_seq'),
	slug varchar not null unique check (regexp_full_match(slug, '[a-z0-9][a-z0-9-]{0,62}')),
	title_ar varchar not null,
	title_en varchar not null,
	status varchar not null default 'draft' check (status in ('draft', 'active', 'closed')),
	-- the published version answered by the public page; null while a draft
	active_version integer,
	-- whether the survey may be embedded in another site (frame-ancestors)
	embeddable boolean not null default false,
	created_by integer,
	created_at timestamptz not null default current_timestamp,
	updated_at timestamptz not null default current_timestamp
);

-- Question sets are versioned: publishing a change adds a version; answers keep theirs.
create table survey_version (
	survey_id integer not null,
	version integer not null check (version >= 1),
	-- [{ key, type: csat|nps|ces|single|multiple|text, required, text_ar, text_en, options? }]
	questions json not null,
	published_at timestamptz,
	published_by integer,
	primary key (survey_id, version)
);

-- One-time survey links tied to an interaction without naming the beneficiary.
create table survey_token (
	token_hash varchar primary key,
	survey_id integer not null,
	interaction_id varchar,
	created_at timestamptz not null default current_timestamp,
	used_at timestamptz,
	response_id varchar
);

-- A survey answer, from the public survey ('web'), an ingested file ('ingest') or the demo ('demo').
create table response (
	id varchar primary key,
	survey_id integer,
	survey_version integer,
	submitted_at timestamptz not null,
	channel varchar,
	branch varchar,
	service varchar,
	interaction_id varchar,
	csat tinyint check (csat between 1 and 5),
	nps tinyint check (nps between 0 and 10),
	ces tinyint check (ces between 1 and 7),
	-- masked for personal data before it is stored
	comment varchar,
	lang varchar check (lang in ('ar', 'en')),
	source varchar not null check (source in ('web', 'ingest', 'demo')),
	ingest_run_id integer,
	created_at timestamptz not null default current_timestamp
);

-- Answers to questions other than csat / nps / ces / comment.
create table response_answer (
	response_id varchar not null,
	question varchar not null,
	value varchar,
	primary key (response_id, question)
);

create sequence improvement_action_id_seq start 1;

-- "You said, we did": an action against a finding, owned by a team (never a person to blame).
create table improvement_action (
	id integer primary key default nextval('improvement_action_id_seq'),
	finding_kind varchar not null check (finding_kind in ('channel', 'service', 'branch', 'figure')),
	finding_value varchar not null,
	title varchar not null,
	description varchar,
	team varchar,
	due_date date,
	status varchar not null default 'open' check (status in ('open', 'in_progress', 'done', 'dropped')),
	created_by integer,
	created_at timestamptz not null default current_timestamp,
	updated_at timestamptz not null default current_timestamp,
	done_at timestamptz
);

create sequence app_user_id_seq start 1;

create table app_user (
	id integer primary key default nextval('app_user_id_seq'),
	email varchar not null unique,
	display_name varchar,
	role varchar not null check (role in ('admin', 'manager', 'board')),
	password_hash varchar not null,
	active boolean not null default true,
	locale varchar check (locale in ('ar', 'en')),
	created_at timestamptz not null default current_timestamp,
	updated_at timestamptz not null default current_timestamp,
	password_changed_at timestamptz
);

-- Sessions: id is the SHA-256 of the cookie token (the token itself is never stored).
create table session (
	id varchar primary key,
	user_id integer not null,
	expires_at timestamptz not null,
	created_at timestamptz not null default current_timestamp
);

-- Sign-in throttling per account and per client address.
create table login_throttle (
	key varchar primary key,
	failures integer not null default 0,
	last_failure_at timestamptz,
	locked_until timestamptz
);

create sequence audit_log_id_seq start 1;

create table audit_log (
	id bigint primary key default nextval('audit_log_id_seq'),
	occurred_at timestamptz not null default current_timestamp,
	user_id integer,
	actor varchar,
	action varchar not null,
	target varchar,
	detail json,
	client_address varchar
);

create sequence report_snapshot_id_seq start 1;

-- Issued board reports, frozen: every figure, table and text as JSON, with a fingerprint of the data.
create table report_snapshot (
	id integer primary key default nextval('report_snapshot_id_seq'),
	-- e.g. 2026-Q2, 2026-05, 2026, H1447-Q1, H1447-05
	period_key varchar not null,
	lang varchar not null check (lang in ('ar', 'en')),
	version integer not null check (version >= 1),
	data_fingerprint varchar not null,
	content json not null,
	issued_by integer,
	issued_at timestamptz not null default current_timestamp,
	meeting_number varchar,
	meeting_date date,
	unique (period_key, lang, version)
);
