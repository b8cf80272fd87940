import { z } from 'zod';
import { allRoles, requireRole } from '$lib/server/auth/guard';
import { dashboardContext } from '$lib/server/dashboard/context';
import { buildDataset, type DatasetName } from '$lib/server/dashboard/datasets';
import { downloadUrls, figuresOrError, filterBar } from '$lib/server/dashboard/page';
import { listActions } from '$lib/server/improvement-actions';
import type { PageServerLoad } from './$types';

const datasets: Record<string, DatasetName> = {
	channels: 'segments-channel',
	services: 'segments-service',
	branches: 'segments-branch',
	teams: 'segments-team'
};

const sortFields = [
	'name',
	'interactions',
	'responses',
	'csat_percent',
	'nps_score',
	'ces_mean',
	'median_days',
	'within_window_pct',
	'overdue_open',
	'response_rate'
] as const;

const sortSchema = z.object({
	sort: z.enum(sortFields).catch('interactions'),
	dir: z.enum(['asc', 'desc']).catch('desc')
});

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, allRoles);
	const { ctx, filter } = await dashboardContext(event.locals.prefs, event.url, event.cookies);
	const dataset = datasets[event.params.dimension]!;
	const { sort, dir } = sortSchema.parse({
		sort: event.url.searchParams.get('sort') ?? undefined,
		dir: event.url.searchParams.get('dir') ?? undefined
	});
	const bar = await filterBar(ctx, filter);
	const urls = downloadUrls(dataset, bar.queryString);
	const base = {
		dimension: event.params.dimension as 'channels' | 'services' | 'branches' | 'teams',
		...bar,
		staff: user.role !== 'board',
		minGroupSize: ctx.org.minGroupSize,
		sort,
		dir,
		csvUrl: urls.csv,
		xlsxUrl: urls.xlsx
	};
	const figures = await figuresOrError(
		ctx,
		async () => {
			const table = await buildDataset(dataset, ctx, filter);
			const rows = [...table.rows].sort((a, b) => {
				const x = a[sort];
				const y = b[sort];
				// rows without a value (too few answers, no data) always go last
				if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
				if (y === null || y === undefined) return -1;
				const order =
					typeof x === 'number' && typeof y === 'number'
						? x - y
						: String(x).localeCompare(String(y), ctx.prefs.lang);
				return dir === 'asc' ? order : -order;
			});
			const kind = { channels: 'channel', services: 'service', branches: 'branch', teams: null }[
				base.dimension
			];
			const actions = kind
				? (await listActions(ctx.store)).filter((a) => a.finding_kind === kind)
				: [];
			const names = new Map(rows.map((r) => [r.key, r.name]));
			return {
				rows,
				actions: actions.map((a) => ({
					id: a.id,
					title: a.title,
					status: a.status,
					finding: String(names.get(a.finding_value) ?? a.finding_value),
					dueDate: a.due_date
				}))
			};
		},
		{ rows: [], actions: [] }
	);
	return { ...base, ...figures };
};
