// Storing public survey answers on a real (in-memory) DuckDB store: a one-time link is used once
// even under concurrent submits, answers keep the version they were given to, and free text is
// masked before it is stored.
import { describe, expect, it } from 'vitest';
import {
	answeredVersion,
	forgetSurveyCaches,
	openSurvey,
	schemaFor,
	surveyBySlug
} from '../src/lib/server/survey/public-survey';
import { responseIdOf, submitAnswer } from '../src/lib/server/survey/submissions';
import { hashSurveyToken, newSurveyToken } from '../src/lib/server/survey/token';
import { maskingRules } from '../src/lib/domain/masking';
import { parseAnswers } from '../src/lib/schemas/survey-answers';
import { sql } from '../src/lib/server/sql';
import { computeFigures } from '../src/lib/server/metrics';
import { count, submission, uuid } from './helpers/submission-checks';
import {
	addSurvey,
	addVersion,
	store,
	surveyId,
	useSubmissionStore,
	v1,
	v2
} from './helpers/survey-submissions';

useSubmissionStore();

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
