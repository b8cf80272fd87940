-- 009_turnaround_exact_days: the request histogram (metrics_request_daily) also counts, per key,
-- the requests decided after exactly whole_days days (turnaround_s = whole_days × 86,400). The
-- Kaplan–Meier estimate of turnaround (issue 17) counts a decision before an open request censored
-- at the same whole day, so it needs those apart; and "within the window" for the window's own
-- whole day is exactly them. Like every roll-up column it holds delta rows that readers sum.
-- The roll-ups are rebuilt on the next read (their state is cleared), which fills the column.
alter table metrics_request_daily add column exact bigint default 0;
delete from metrics_rollup_state;
