-- 010_metrics_answered: the interaction roll-ups also count the interactions that have at least
-- one survey answer linked to them (response.interaction_id), at any time so far: the numerator
-- of the response rate (answered requests ÷ requests received; src/lib/server/metrics/README.md).
-- The roll-ups are derived data, so the two tables are made again with the new column and the
-- build state is cleared: the first read after this migration rebuilds every roll-up.

drop table metrics_interaction_daily;
drop table metrics_interaction_channel_daily;

-- Interactions per day × channel × type × service × branch × team, and how many are answered.
create table metrics_interaction_daily (
	day date not null,
	channel varchar not null,
	type varchar not null,
	service varchar,
	branch varchar,
	team varchar,
	interactions bigint not null,
	-- of these, interactions with at least one linked answer
	answered bigint not null
);

-- The same without service, branch and team (figures without those filters).
create table metrics_interaction_channel_daily (
	day date not null,
	channel varchar not null,
	type varchar not null,
	interactions bigint not null,
	answered bigint not null
);

delete from metrics_rollup_state;
