-- 003_metrics: daily roll-ups for the metrics engine (src/lib/server/metrics), kept exact by
-- onDataChanged (src/lib/server/data-changes.ts) and rebuilt by rebuildRollups.
-- Days are calendar days in the organisation's zone at build time (metrics_rollup_state.time_zone);
-- a read finding another zone in the settings rebuilds them. Nothing here depends on the review
-- window, working days or the minimum group size: those are applied at query time.

-- Interactions per day × channel × type × service × branch × team.
create table metrics_interaction_daily (
	day date not null,
	channel varchar not null,
	type varchar not null,
	service varchar,
	branch varchar,
	team varchar,
	interactions bigint not null
);

-- Survey answers per day × channel × service × branch, with the counts and sums of every score.
create table metrics_response_daily (
	day date not null,
	channel varchar,
	service varchar,
	branch varchar,
	responses bigint not null,
	-- answers linked to an interaction (response rates are approximate where some are not)
	linked bigint not null,
	csat_n bigint not null,
	csat_positive bigint not null,
	csat_sum bigint not null,
	nps_n bigint not null,
	nps_promoters bigint not null,
	nps_detractors bigint not null,
	ces_n bigint not null,
	ces_sum bigint not null
);

-- Support requests only, narrow, for exact turnaround quantiles and overdue counts without
-- scanning the whole interaction log.
create table metrics_request (
	id varchar not null,
	day date not null,
	received_at timestamptz not null,
	decided_at timestamptz,
	channel varchar not null,
	service varchar,
	branch varchar,
	team varchar
);

-- One row once the roll-ups are built: the zone their days are in.
create table metrics_rollup_state (
	id integer primary key check (id = 1),
	time_zone varchar not null,
	built_at timestamptz not null default current_timestamp
);
