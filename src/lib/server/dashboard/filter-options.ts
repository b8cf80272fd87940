// The choices of the filter bar: channels, services and branches with their names.
import { segmentLabels, type DashboardContext } from './dataset-context';
import { listChannels } from '../metrics';

export interface FilterOptions {
	channels: { code: string; name: string }[];
	services: { code: string; name: string }[];
	branches: { code: string; name: string }[];
}

export async function filterOptions(ctx: DashboardContext): Promise<FilterOptions> {
	const ar = ctx.prefs.lang === 'ar';
	const channels = (await listChannels(ctx.store)).filter((c) => c.active);
	const labels = await segmentLabels(ctx);
	const of = (kind: string) =>
		labels
			.filter((l) => l.kind === kind)
			.map((l) => ({ code: l.code, name: ar ? l.name_ar : l.name_en }));
	return {
		channels: channels.map((c) => ({ code: c.code, name: ar ? c.name_ar : c.name_en })),
		services: of('service'),
		branches: of('branch')
	};
}
