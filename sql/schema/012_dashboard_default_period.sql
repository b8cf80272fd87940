-- 012_dashboard_default_period: the period the association's dashboard opens on when neither the
-- URL nor the person's remembered choice names one: a preset of the period filter
-- (src/lib/domain/default-period.ts checks it; anything else reads as the last complete month).
alter table organisation add column dashboard_period varchar default 'last-month';
