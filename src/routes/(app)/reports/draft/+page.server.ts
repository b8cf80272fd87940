import { periodErrorText } from '$lib/i18n/period-messages';
import { error as httpError, fail, redirect } from '@sveltejs/kit';
import { PeriodError } from '$lib/domain/periods';
import { reportRequestSchema } from '$lib/schemas/report';
import { appStore } from '$lib/server/app-store';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { buildReport } from '$lib/server/reports/build';
import { issueReport } from '$lib/server/reports/snapshots';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, staffRoles);
	const parsed = reportRequestSchema.safeParse(Object.fromEntries(event.url.searchParams));
	if (!parsed.success) return { request: null, content: null };
	try {
		const content = await buildReport(await appStore(), {
			periodKey: parsed.data.period,
			lang: parsed.data.lang
		});
		return {
			request: parsed.data,
			content: {
				summary: content.summary,
				keyFigures: content.keyFigures,
				periodLabel: content.meta.periodLabel
			}
		};
	} catch (error) {
		if (error instanceof PeriodError) {
			const lang = event.locals.prefs.lang;
			httpError(400, {
				message: periodErrorText(error.detail, lang),
				code: error.code,
				lang
			});
		}
		throw error;
	}
};

export const actions: Actions = {
	issue: async (event) => {
		const me = requireRole(event, staffRoles);
		const parsed = reportRequestSchema.safeParse(
			Object.fromEntries(await event.request.formData())
		);
		if (!parsed.success) return fail(400, { error: 'period' as const });
		let id: number;
		try {
			const report = await issueReport(await appStore(), {
				periodKey: parsed.data.period,
				lang: parsed.data.lang,
				userId: me.id,
				actor: me.email,
				clientAddress: event.getClientAddress()
			});
			id = report.id;
		} catch (error) {
			if (error instanceof PeriodError) return fail(400, { error: 'period' as const });
			throw error;
		}
		redirect(303, `/reports/${id}`);
	}
};
