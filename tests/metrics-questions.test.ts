// Results of the survey's other questions (response_answer), through the server API on a real
// DuckDB store: counts per option, the small-group rule and the anonymity blocks per question.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import { computeQuestionResults } from '../src/lib/server/metrics';
import { addRows, metricsStore, riyadh } from './helpers/metrics-store';

let store: Store;
afterEach(() => store?.close());

const questions = [
	{ key: 'csat', type: 'csat', required: true, text_ar: 'الرضا', text_en: 'Satisfaction' },
	{
		key: 'visit_reason',
		type: 'single',
		required: false,
		text_ar: 'سبب الزيارة',
		text_en: 'Reason for the visit',
		options: [
			{ value: 'aid', text_ar: 'مساعدة', text_en: 'Aid' },
			{ value: 'inquiry', text_ar: 'استفسار', text_en: 'Inquiry' }
		]
	}
];

/** `answers` responses in May 2026 on `channel`, each answering visit_reason with `reason`. */
async function answer(channel: string, reason: string, count: number, start: number) {
	const ids = Array.from({ length: count }, (_, i) => `r-${start + i}`);
	await addRows(
		store,
		[],
		ids.map((id, i) => ({
			id,
			submittedAt: riyadh(`2026-05-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00`),
			channel,
			csat: 4
		}))
	);
	for (const id of ids) {
		await store.run(
			"insert into response_answer (response_id, question, value) values (?, 'visit_reason', ?)",
			[id, reason]
		);
	}
}

/** As answer(), all on one day. */
async function answerOn(
	day: string,
	channel: string,
	reason: string,
	count: number,
	start: number
) {
	const ids = Array.from({ length: count }, (_, i) => `r-${start + i}`);
	await addRows(
		store,
		[],
		ids.map((id) => ({ id, submittedAt: riyadh(`${day}T10:00:00`), channel, csat: 4 }))
	);
	for (const id of ids) {
		await store.run(
			"insert into response_answer (response_id, question, value) values (?, 'visit_reason', ?)",
			[id, reason]
		);
	}
}

async function withSurvey() {
	store = await metricsStore({ minGroupSize: 5 });
	await store.run(
		"insert into survey (id, slug, title_ar, title_en, status, active_version) values (1, 'satisfaction', 'استبانة', 'Survey', 'active', 1)"
	);
	await store.run(
		'insert into survey_version (survey_id, version, questions, published_at) values (1, 1, ?::json, now())',
		[JSON.stringify(questions)]
	);
}

const may = { from: '2026-05-01', to: '2026-05-31' };

describe('question results', () => {
	it('count each option with its share and the question text from the published survey', async () => {
		await withSurvey();
		await answer('phone', 'aid', 6, 0);
		await answer('website', 'inquiry', 2, 100);
		const { questions: results } = await computeQuestionResults(store, may);
		expect(results).toEqual([
			{
				key: 'visit_reason',
				type: 'single',
				text_ar: 'سبب الزيارة',
				text_en: 'Reason for the visit',
				n: 8,
				scored_n: 8,
				suppressed: false,
				options: [
					{ value: 'aid', text_ar: 'مساعدة', text_en: 'Aid', count: 6, percent: (6 / 8) * 100 },
					{
						value: 'inquiry',
						text_ar: 'استفسار',
						text_en: 'Inquiry',
						count: 2,
						percent: (2 / 8) * 100
					}
				]
			}
		]);
		// answers outside the period are not counted
		const june = await computeQuestionResults(store, { from: '2026-06-01', to: '2026-06-30' });
		expect(june.questions).toEqual([]);
	});

	it('keep only the count of a question with too few answers', async () => {
		await withSurvey();
		await answer('phone', 'aid', 3, 0);
		const [result] = (await computeQuestionResults(store, may)).questions;
		expect(result).toMatchObject({ key: 'visit_reason', n: 3, suppressed: true, options: null });
	});

	it('give no figures for a filtered question whose remainder is a small group', async () => {
		await withSurvey();
		// all on 5 May: one calendar piece (1–17 May 2026; 1 Dhu al-Hijjah 1447 is 18 May)
		await answerOn('2026-05-05', 'phone', 'aid', 6, 0);
		await answerOn('2026-05-05', 'website', 'inquiry', 2, 100);
		// phone alone (6) is large enough, but total (8) − phone = the 2 website answers: they
		// share one block, so phone alone is counted and not shown
		const phone = await computeQuestionResults(store, { ...may, channel: 'phone' });
		expect(phone.questions[0]).toMatchObject({
			n: 6,
			scored_n: 0,
			suppressed: true,
			options: null
		});
		await answerOn('2026-05-05', 'website', 'inquiry', 4, 200);
		const wider = await computeQuestionResults(store, { ...may, channel: 'phone' });
		expect(wider.questions[0]).toMatchObject({ n: 6, scored_n: 6, suppressed: false });
		expect(wider.questions[0]!.options![0]).toMatchObject({ value: 'aid', count: 6, percent: 100 });
	});
});
