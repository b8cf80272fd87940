// Storing public survey answers on a real (in-memory) DuckDB store: group commit keeps every
// acknowledged answer and the roll-ups exact, a double submit stores one answer, a one-time link is
// used once even under concurrent submits, answers keep the version they were given to, and free
// text is masked before it is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import {
	answeredVersion,
	forgetSurveyCaches,
	openSurvey,
	schemaFor,
	surveyBySlug
} from '../src/lib/server/survey/public-survey';
import {
	commitStats,
	responseIdOf,
	submitAnswer,
	type Submission
} from '../src/lib/server/survey/submissions';
import { hashSurveyToken, newSurveyToken } from '../src/lib/server/survey/token';
import { maskingRules } from '../src/lib/domain/masking';
import { parseAnswers } from '../src/lib/schemas/survey-answers';
import { sql } from '../src/lib/server/sql';
import { onDataChanged } from '../src/lib/server/data-changes';
import { rebuildRollups } from '../src/lib/server/metrics/rollups';
import { computeFigures } from '../src/lib/server/metrics';
import { metricsStore } from './helpers/metrics-store';

const v1 = [
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
const v2 = [
	{ key: 'csat', type: 'csat', required: true, text_ar: 'الرضا', text_en: 'Satisfaction' },
	{ key: 'nps', type: 'nps', required: true, text_ar: 'التوصية', text_en: 'Recommend' },
	{ key: 'staff', type: 'text', required: false, text_ar: 'الموظف', text_en: 'Staff' }
];

let store: Store;
let surveyId: number;

async function addSurvey(slug: string, status: string, active: number | null): Promise<number> {
	const row = await store.one<{ id: number }>(
		`insert into survey (slug, title_ar, title_en, status, active_version)
		 values (?, 'استبيان', 'Survey', ?, ?) returning id`,
		[slug, status, active]
	);
	return row!.id;
}

async function addVersion(id: number, version: number, questions: unknown, published = true) {
	await store.run(
		`insert into survey_version (survey_id, version, questions, published_at)
		 values (?, ?, ?::json, ${published ? 'current_timestamp' : 'null'})`,
		[id, version, JSON.stringify(questions)]
	);
}

function uuid(n: number): string {
	return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function submission(n: number, extra: Partial<Submission> = {}): Submission {
	return {
		responseId: responseIdOf(uuid(n)),
		surveyId,
		surveyVersion: 1,
		submittedAt: new Date('2026-11-22T09:00:00Z'),
		lang: 'ar',
		channel: 'phone',
		branch: 'hail',
		answers: { csat: (n % 5) + 1 },
		...extra
	};
}

async function count(where = 'true'): Promise<number> {
	return (await store.one<{ n: number }>(
		`select count(*)::integer as n from response where ${where}`
	))!.n;
}

/** What the answer roll-ups say, summed per key (they hold delta rows). */
function rollupSums() {
	const measures = `sum(responses) a, sum(linked) b, sum(csat_n) c, sum(csat_positive) d,
		sum(csat_sum) e, sum(nps_n) f, sum(nps_promoters) g, sum(nps_detractors) h, sum(ces_n) i,
		sum(ces_sum) j, sum(ces_sq_sum) k`;
	return store.one(`
		with
			fine as (select day, channel, service, branch, ${measures} from metrics_response_daily
				group by all having sum(responses) <> 0),
			coarse as (select day, channel, ${measures} from metrics_response_channel_daily
				group by all having sum(responses) <> 0)
		select
			(select count(*) from fine) as fine_keys,
			(select sum(hash(fine)::hugeint)::varchar from fine) as fine_hash,
			(select count(*) from coarse) as coarse_keys,
			(select sum(hash(coarse)::hugeint)::varchar from coarse) as coarse_hash,
			(select sum(a)::integer from fine) as answers`);
}

/** The roll-ups kept up by the group commits equal a full rebuild from the raw answers. */
async function expectRollupsExact(): Promise<void> {
	const kept = await rollupSums();
	await rebuildRollups(store);
	expect(kept).toEqual(await rollupSums());
	expect((kept as { answers: number }).answers).toBe(await count());
}

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

describe('group commit', () => {
	it('counts answers in the zone the roll-ups were rebuilt in since the last group', async () => {
		// 22:30 UTC: 01:30 the next day in Riyadh, still the same day in London
		const late = new Date('2026-11-22T22:30:00Z');
		await submitAnswer(store, submission(900, { submittedAt: late }));
		await store.run("update organisation set time_zone = 'Europe/London'");
		await rebuildRollups(store);
		await submitAnswer(store, submission(901, { submittedAt: late }));
		expect(
			await store.one(
				`select sum(responses)::integer as n from metrics_response_channel_daily where day = '2026-11-22'`
			)
		).toEqual({ n: 2 });
		await expectRollupsExact();
	});

	it('stores every acknowledged answer, in fewer commits than answers, with exact roll-ups', async () => {
		const outcomes = await Promise.all(
			Array.from({ length: 300 }, (_, i) =>
				submitAnswer(
					store,
					submission(i, {
						submittedAt: new Date(Date.UTC(2026, 10, 20 + (i % 3), 8, i % 60))
					})
				)
			)
		);
		expect(outcomes.every((o) => o === 'stored')).toBe(true);
		expect(await count("source = 'web'")).toBe(300);
		const stats = commitStats(store);
		expect(stats.submissions).toBe(300);
		expect(stats.commits).toBeLessThan(300);
		expect(stats.largestGroup).toBeGreaterThan(1);
		await expectRollupsExact();
	});

	it('keeps the roll-ups exact while another writer refreshes the same day at the same time', async () => {
		const at = new Date('2026-11-22T07:30:00Z');
		const other = (n: number) =>
			store.transaction(async (tx) => {
				await tx.run(
					`insert into response (id, submitted_at, channel, csat, nps, source)
					 values (?, ?, 'phone', 1, 0, 'ingest')`,
					[`row-${n}`, at]
				);
				await onDataChanged(tx, { responses: { from: at, to: at } });
			});
		await Promise.all([
			...Array.from({ length: 60 }, (_, i) => submitAnswer(store, submission(i))),
			...Array.from({ length: 5 }, (_, i) => other(i))
		]);
		expect(await count()).toBe(65);
		await expectRollupsExact();
	});

	it('a double submit (double tap, retry) stores one answer and both succeed', async () => {
		const same = submission(1, { answers: { csat: 5, comment: 'first' } });
		const retried = { ...same, submittedAt: new Date('2026-11-22T09:00:30Z') };
		expect(await Promise.all([submitAnswer(store, same), submitAnswer(store, same)])).toEqual([
			'stored',
			'stored'
		]);
		expect(
			await submitAnswer(store, { ...retried, answers: { csat: 1, visit: ['evening'] } })
		).toBe('stored');
		expect(await count()).toBe(1);
		const row = await store.one(`select csat, comment from response`);
		expect(row).toEqual({ csat: 5, comment: 'first' });
		// the retry's different answers are not mixed in
		expect(await store.all(`select * from response_answer`)).toEqual([]);
		await expectRollupsExact();
	});

	it('a retry of an answer stored before a restart is thanked, and its group is stored', async () => {
		// stored by an earlier process, which kept the roll-ups up as every writer does
		const at = new Date('2026-11-22T08:00:00Z');
		await store.transaction(async (tx) => {
			await tx.run(
				`insert into response (id, survey_id, survey_version, submitted_at, csat, source)
				 values (?, ?, 1, ?, 2, 'web')`,
				[responseIdOf(uuid(7)), surveyId, at]
			);
			await onDataChanged(tx, { responses: { from: at, to: at } });
		});
		const outcomes = await Promise.all(
			[6, 7, 8].map((n) => submitAnswer(store, submission(n, { answers: { csat: 5 } })))
		);
		expect(outcomes).toEqual(['stored', 'stored', 'stored']);
		expect(await store.all(`select id, csat from response order by id`)).toEqual([
			{ id: responseIdOf(uuid(6)), csat: 5 },
			{ id: responseIdOf(uuid(7)), csat: 2 },
			{ id: responseIdOf(uuid(8)), csat: 5 }
		]);
		await expectRollupsExact();
	});

	it('an answer the database refuses fails alone; the others of its group are stored', async () => {
		const results = await Promise.allSettled([
			submitAnswer(store, submission(1)),
			submitAnswer(store, submission(2)),
			submitAnswer(store, submission(3, { answers: { csat: 9 } })),
			submitAnswer(store, submission(4))
		]);
		expect(results.map((r) => r.status)).toEqual([
			'fulfilled',
			'fulfilled',
			'rejected',
			'fulfilled'
		]);
		expect(await count()).toBe(3);
		await expectRollupsExact();
	});
});

describe('one-time links', () => {
	it('are used once under concurrent submits and link the answer to the interaction', async () => {
		const token = newSurveyToken();
		const tokenHash = hashSurveyToken(token);
		await store.run(
			`insert into survey_token (token_hash, survey_id, interaction_id) values (?, ?, 'REQ-7')`,
			[tokenHash, surveyId]
		);
		const outcomes = await Promise.all(
			Array.from({ length: 12 }, (_, i) =>
				submitAnswer(store, submission(100 + i, { tokenHash, channel: null, branch: null }))
			)
		);
		expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
		expect(outcomes.filter((o) => o === 'token_used')).toHaveLength(11);
		const winner = 100 + outcomes.indexOf('stored');
		const row = await store.one(
			`select id, interaction_id, channel, branch, service from response`
		);
		expect(row).toEqual({
			id: responseIdOf(uuid(winner)),
			interaction_id: 'REQ-7',
			channel: 'in_person',
			branch: 'baqaa',
			service: 'food_basket'
		});
		expect(
			await store.one(`select used_at is not null as used, response_id from survey_token`)
		).toEqual({ used: true, response_id: responseIdOf(uuid(winner)) });
		// the winner's retry is still thanked; nothing more is stored
		expect(
			await submitAnswer(store, submission(winner, { tokenHash, channel: null, branch: null }))
		).toBe('stored');
		expect(await count()).toBe(1);
		// the answer is linked in the roll-ups too
		expect(
			await store.one(`select sum(linked)::integer as linked from metrics_response_daily`)
		).toEqual({ linked: 1 });
		// and its interaction counts as answered in the month it came in (the response rate)
		const november = { from: '2026-11-01', to: '2026-11-30' };
		const figures = await computeFigures(store, november);
		expect(figures.response_rate_overall).toEqual({
			answered: 1,
			interactions: 1,
			ratio: 1,
			unlinked: 0
		});
		expect(figures).toEqual(await computeFigures(store, november, { source: 'raw' }));
	});

	it('are refused for another survey', async () => {
		const other = await addSurvey('other', 'active', 1);
		const tokenHash = hashSurveyToken(newSurveyToken());
		await store.run(`insert into survey_token (token_hash, survey_id) values (?, ?)`, [
			tokenHash,
			other
		]);
		expect(await submitAnswer(store, submission(1, { tokenHash }))).toBe('token_used');
		expect(await count()).toBe(0);
	});
});

describe('versions', () => {
	it('keep old answers with their old questions; a form shown before a publish keeps its version', async () => {
		const opened = await openSurvey(store, 'satisfaction');
		if (opened.state !== 'open') throw new Error('survey should be open');
		const shownV1 = await answeredVersion(store, opened, '1');
		const parsed = parseAnswers(schemaFor(store, surveyId, shownV1, null), {
			sid: uuid(1),
			q_csat: '4',
			q_visit: ['evening', 'morning']
		});
		if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
		await submitAnswer(store, submission(1, { answers: parsed.data.answers }));

		// publish version 2 (different questions) and make it active
		await addVersion(surveyId, 2, v2);
		await store.run(`update survey set active_version = 2 where id = ?`, [surveyId]);
		forgetSurveyCaches(store);
		const reopened = await openSurvey(store, 'satisfaction');
		if (reopened.state !== 'open') throw new Error('survey should be open');
		expect(reopened.version.version).toBe(2);

		// someone who opened the form before the publish still answers version 1's questions
		const late = await answeredVersion(store, reopened, '1');
		expect(late.version).toBe(1);
		expect(late.questions.map((q) => q.key)).toEqual(['csat', 'visit', 'comment']);
		// an unknown or unpublished version falls back to the active one
		await addVersion(surveyId, 3, v1, false);
		expect((await answeredVersion(store, reopened, '3')).version).toBe(2);
		expect((await answeredVersion(store, reopened, 'x')).version).toBe(2);

		await submitAnswer(
			store,
			submission(2, { surveyVersion: 2, answers: { csat: 2, nps: 3, staff: 'kind' } })
		);
		const stored = await store.all(`
			select r.id, r.survey_version, a.question, a.value,
				json_extract_string(v.questions, '$[1].key') as second_question
			from response r
			join survey_version v on v.survey_id = r.survey_id and v.version = r.survey_version
			left join response_answer a on a.response_id = r.id
			order by r.id`);
		expect(stored).toEqual([
			{
				id: responseIdOf(uuid(1)),
				survey_version: 1,
				question: 'visit',
				// multiple choice: option values in the question's order, joined by ','
				value: 'morning,evening',
				second_question: 'visit'
			},
			{
				id: responseIdOf(uuid(2)),
				survey_version: 2,
				question: 'staff',
				value: 'kind',
				second_question: 'nps'
			}
		]);
	});

	it('a draft or closed survey is not open; a draft is not even found', async () => {
		const draft = await addSurvey('draft-one', 'draft', null);
		await addVersion(draft, 1, v1, false);
		const closed = await addSurvey('closed-one', 'closed', 1);
		await addVersion(closed, 1, v1);
		expect((await openSurvey(store, 'draft-one')).state).toBe('not_found');
		expect((await openSurvey(store, 'closed-one')).state).toBe('closed');
		expect((await openSurvey(store, 'nothing')).state).toBe('not_found');
		expect((await surveyBySlug(store, 'satisfaction'))?.status).toBe('active');
	});
});

describe('masking', () => {
	it('masks phone numbers, ID numbers and e-mails in comments and other text answers', async () => {
		await submitAnswer(
			store,
			submission(1, {
				answers: {
					csat: 3,
					comment: 'اتصلوا بي على 0551234567 أو +966 11 456 7890، هويتي 1012345678',
					staff: 'write to sara@example.com please'
				}
			})
		);
		const row = await store.one<{ comment: string }>(`select comment from response`);
		expect(row!.comment).toBe('اتصلوا بي على [هاتف محجوب] أو [هاتف محجوب]، هويتي [رقم هوية محجوب]');
		expect(await store.one(`select value from response_answer where question = 'staff'`)).toEqual({
			value: 'write to [بريد محجوب] please'
		});
		// the same result as ingest's masking in SQL, rule by rule
		let viaSql = 'اتصلوا بي على 0551234567 أو +966 11 456 7890، هويتي 1012345678';
		for (const rule of maskingRules) {
			viaSql = (await store.one<{ masked: string }>(sql('masking/apply_rule'), {
				text: viaSql,
				pattern: rule.pattern,
				replacement: rule.replacement
			}))!.masked;
		}
		expect(viaSql).toBe(row!.comment);
	});
});
