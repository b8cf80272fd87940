import { z } from 'zod';
import { countThemes, themesOf } from '$lib/domain/themes';
import { normalizeArabic } from '$lib/domain/arabic';
import { periodInstants } from '$lib/domain/periods';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { dashboardContext } from '$lib/server/dashboard/context';
import { loadNames, metricsFilterOf } from '$lib/server/dashboard/dataset-context';
import { computeQuestionResults, MetricsError } from '$lib/server/metrics';
import { filterBar } from '$lib/server/dashboard/page';
import { loadThemes } from '$lib/server/dashboard/themes';
import { periodComments } from '$lib/server/comments';
import type { PageServerLoad } from './$types';

const extraSchema = z.object({
	q: z.string().trim().max(100).optional(),
	rating: z.coerce.number().int().min(1).max(5).optional(),
	theme: z
		.string()
		.regex(/^[a-z][a-z0-9_]{0,39}$/)
		.optional()
});

export const load: PageServerLoad = async (event) => {
	requireRole(event, staffRoles);
	const { ctx, filter } = await dashboardContext(event.locals.prefs, event.url, event.cookies);
	const raw = Object.fromEntries(
		['q', 'rating', 'theme']
			.map((k) => [k, event.url.searchParams.get(k)])
			.filter(([, v]) => v !== null && v !== '')
	);
	const extra = extraSchema.safeParse(raw);
	const invalidExtra = extra.success ? [] : extra.error.issues.map((i) => String(i.path[0]));
	const { q, rating, theme } = extra.success ? extra.data : {};
	const { start, end } = periodInstants(filter, ctx.org.timeZone);
	const rows = await periodComments(ctx.store, {
		start,
		end,
		channel: filter.channel,
		service: filter.service,
		branch: filter.branch,
		csat: rating
	});
	const themes = loadThemes();
	const needle = q ? normalizeArabic(q) : '';
	const matching = rows.filter(
		(r) =>
			(!needle || normalizeArabic(r.comment).includes(needle)) &&
			(!theme || themesOf(r.comment, themes).includes(theme))
	);
	const names = await loadNames(ctx);
	const ar = ctx.prefs.lang === 'ar';
	const questions = await computeQuestionResults(ctx.store, metricsFilterOf(filter)).then(
		(results) => results.questions,
		// a filter the metrics engine refuses shows no question figures (the cards page says why)
		(error: unknown) => {
			if (error instanceof MetricsError) return [];
			throw error;
		}
	);
	return {
		...(await filterBar(ctx, filter)),
		staff: true,
		search: { q: q ?? '', rating: rating ?? null, theme: theme ?? '' },
		invalidExtra,
		themes: countThemes(
			matching.map((r) => r.comment),
			themes
		).map((t) => {
			const def = themes.find((d) => d.code === t.code)!;
			return { ...t, name: ar ? def.ar : def.en };
		}),
		questions,
		total: matching.length,
		comments: matching.slice(0, 200).map((r) => ({
			id: r.id,
			submittedAt: r.submitted_at,
			csat: r.csat,
			channel: r.channel ? names.channel(r.channel) : '',
			comment: r.comment
		}))
	};
};
