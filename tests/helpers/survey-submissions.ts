// Shared set-up of the survey-submissions-*.test.ts files: a store per test with one survey.
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../../src/lib/server/db';
import { forgetSurveyCaches } from '../../src/lib/server/survey/public-survey';
import { rebuildRollups } from '../../src/lib/server/metrics/rollups';
import { metricsStore } from './metrics-store';

export const v1 = [
	{ key: 'csat', type: 'csat', required: true, text_ar: 'الرضا', text_en: 'Satisfaction' },
	{
		key: 'visit',
		type: 'multiple',
		required: false,
		text_ar: 'متى زرتنا؟',
		text_en: 'When did you visit?',
		options: [
			{ value: 'morning', text_ar: 'صباحًا', text_en: 'Morning' },
			{ value: 'evening', text_ar: 'مساءً', text_en: 'Evening' }
		]
	},
	{ key: 'comment', type: 'text', required: false, text_ar: 'ملاحظة', text_en: 'Remark' }
];
export const v2 = [
	{ key: 'csat', type: 'csat', required: true, text_ar: 'الرضا', text_en: 'Satisfaction' },
	{ key: 'nps', type: 'nps', required: true, text_ar: 'التوصية', text_en: 'Recommend' },
	{ key: 'staff', type: 'text', required: false, text_ar: 'الموظف', text_en: 'Staff' }
];

export let store: Store;
export let surveyId: number;

export async function addSurvey(
	slug: string,
	status: string,
	active: number | null
): Promise<number> {
	const row = await store.one<{ id: number }>(
		`insert into survey (slug, title_ar, title_en, status, active_version)
		 values (?, 'استبيان', 'Survey', ?, ?) returning id`,
		[slug, status, active]
	);
	return row!.id;
}

export async function addVersion(
	id: number,
	version: number,
	questions: unknown,
	published = true
) {
	await store.run(
		`insert into survey_version (survey_id, version, questions, published_at)
		 values (?, ?, ?::json, ${published ? 'current_timestamp' : 'null'})`,
		[id, version, JSON.stringify(questions)]
	);
}

/** A metrics store per test with one active survey (version 1) and one interaction, closed after. */
export function useSubmissionStore(): void {
	beforeEach(async () => {
		store = await metricsStore();
		surveyId = await addSurvey('satisfaction', 'active', 1);
		await addVersion(surveyId, 1, v1);
		await store.run(
			`insert into interaction (id, channel, type, received_at, service, branch)
		 values ('REQ-7', 'in_person', 'support_request', '2026-11-20 08:00:00+00', 'food_basket', 'baqaa')`
		);
		// written straight to the table, not through an ingest: bring the roll-ups up to date as one would
		await rebuildRollups(store);
	});

	afterEach(() => {
		forgetSurveyCaches(store);
		store.close();
	});
}
