// What the public survey's form actions and its answer route do with a posted answer
// (receiveForm in src/lib/server/survey/answer-form.ts) in process, on a real DuckDB store: stored
// (the language of the thank-you page), or refused with the messages' codes and everything typed
// (400, 413, 429), or a one-time link used meanwhile; and, for the answer route (`onlyStore`),
// every answer that is not stored left alone with nothing decided and nothing counted against the
// address, so that the form action answers it as if it came first. The pages the action then
// shows are checked over HTTP in tests/survey-public-http.test.ts, the route itself in
// tests/survey-answer-route.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePreferences } from '../src/lib/i18n/preferences';
import type { Store } from '../src/lib/server/db';
import { receiveForm, type AnswerLink } from '../src/lib/server/survey/answer-form';
import { linkOptions, openSurvey } from '../src/lib/server/survey/public-survey';
import { tokenState } from '../src/lib/server/survey/one-time-link';
import { responseIdOf } from '../src/lib/server/survey/submissions';
import { hashSurveyToken, newSurveyToken } from '../src/lib/server/survey/token';
import type { FormValues } from '../src/lib/schemas/survey-answers';
import { openSurveyTestStore, storedAnswer } from './helpers/survey-store';
import { removeTempDirs } from './helpers/temp';

let store: Store;
let interaction: { id: string; channel: string };
let token: string;
let counter = 0;
let addresses = 0;

function sid(): string {
	counter++;
	return `fa570000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

/** An ordinary valid answer to the demo survey. */
function answer(id: string, extra: Record<string, string> = {}): FormValues {
	return { sid: id, v: '1', lang: 'ar', channel: 'phone', q_csat: '4', q_nps: '9', ...extra };
}

async function opened() {
	const survey = await openSurvey(store, 'satisfaction');
	if (survey.state !== 'open') throw new Error('the demo survey is not open');
	return survey;
}

/** Receives `values` from `address` (a new one each time unless given) through the survey link. */
async function receive(
	values: FormValues | null,
	{
		address = `10.0.0.${++addresses}`,
		onlyStore = false,
		link = undefined as AnswerLink | undefined
	} = {}
) {
	const from = { getClientAddress: () => address, locals: { prefs: resolvePreferences({}) } };
	const by = link ?? { options: await linkOptions(store) };
	return onlyStore
		? receiveForm(values, from, store, await opened(), by, { onlyStore: true })
		: receiveForm(values, from, store, await opened(), by);
}

function stored(id: string) {
	return storedAnswer(store, id);
}

beforeAll(async () => {
	({ store, token, interaction } = await openSurveyTestStore('receive.duckdb', 'receive-pass'));
	// three answers at once from one address, then one a minute (read at the first answer)
	process.env.TAHSEEN_SURVEY_RATE_LIMIT = '3/1';
});

afterAll(() => {
	store?.close();
	removeTempDirs();
});

/** A new one-time link to the satisfaction survey for the test's interaction, as receive takes it. */
async function freshLink() {
	const tokenHash = hashSurveyToken(newSurveyToken());
	await store.run(
		`insert into survey_token (token_hash, survey_id, interaction_id)
		 select ?, id, ? from survey where slug = 'satisfaction'`,
		[tokenHash, interaction.id]
	);
	return { tokenHash };
}

describe('an answer is stored', () => {
	for (const onlyStore of [false, true]) {
		it(`a valid one, in the language it was given in${onlyStore ? ' (the route)' : ''}`, async () => {
			const id = sid();
			expect(await receive(answer(id, { lang: 'en' }), { onlyStore })).toEqual({
				kind: 'stored',
				lang: 'en'
			});
			expect(await stored(id)).toMatchObject({ csat: 4, channel: 'phone' });
		});

		it(`a robot filling the honeypot: thanked, nothing stored${onlyStore ? ' (the route)' : ''}`, async () => {
			const id = sid();
			const received = await receive(answer(id, { website: 'http://spam' }), { onlyStore });
			expect(received.kind).toBe('stored');
			expect(await stored(id)).toBeUndefined();
		});
	}

	it('a double submit: one answer stored, both thanked', async () => {
		const id = sid();
		const both = await Promise.all([receive(answer(id)), receive(answer(id, { q_csat: '1' }))]);
		expect(both.map((r) => r.kind)).toEqual(['stored', 'stored']);
		const rows = await store.all(`select csat from response where id = ?`, [responseIdOf(id)]);
		expect(rows).toHaveLength(1);
	});

	it('a one-time link: linked to its interaction, whatever channel was posted', async () => {
		const survey = await opened();
		const state = await tokenState(store, survey.survey.id, token);
		if (state.state !== 'open') throw new Error('the link is not open');
		const id = sid();
		const received = await receive(answer(id), { link: { tokenHash: state.tokenHash } });
		expect(received.kind).toBe('stored');
		expect(await stored(id)).toMatchObject({
			interaction_id: interaction.id,
			channel: interaction.channel
		});
	});
});

describe('the form action refuses an answer, with the codes and everything typed', () => {
	it('an invalid answer: 400', async () => {
		const id = sid();
		const fields = { sid: id, v: '1', lang: 'en', q_nps: '12', q_comment: 'typed', channel: 'fax' };
		expect(await receive(fields)).toMatchObject({
			kind: 'refused',
			status: 400,
			errors: { q_csat: 'required', q_nps: 'scale', channel: 'choice' },
			values: fields
		});
		expect(await stored(id)).toBeUndefined();
	});

	it('a body over the cap: 413', async () => {
		expect(await receive(null)).toMatchObject({
			kind: 'refused',
			status: 413,
			errors: { form: 'too_large' }
		});
	});

	it('an address over its limit: 429, invalid answers counted like any', async () => {
		const address = '10.9.9.9';
		for (let i = 0; i < 3; i++) expect((await receive({}, { address })).kind).toBe('refused');
		const id = sid();
		expect(await receive(answer(id), { address })).toMatchObject({
			kind: 'refused',
			status: 429,
			errors: { form: 'rate_limited' },
			values: answer(id)
		});
		expect(await stored(id)).toBeUndefined();
	});

	it('a one-time link used meanwhile by a concurrent answer: token_used', async () => {
		const link = await freshLink();
		const all = await Promise.all([sid(), sid(), sid()].map((id) => receive(answer(id), { link })));
		expect(all.filter((r) => r.kind === 'stored')).toHaveLength(1);
		expect(all.filter((r) => r.kind === 'token_used')).toHaveLength(2);
	});
});

describe('the answer route leaves an answer it does not store to the form action', () => {
	it('refused ones: nothing decided, nothing counted against the address', async () => {
		const address = '10.8.8.8';
		for (let i = 0; i < 5; i++) {
			expect(await receive({}, { address, onlyStore: true })).toEqual({ kind: 'not_stored' });
			expect(await receive(null, { address, onlyStore: true })).toEqual({ kind: 'not_stored' });
		}
		// the address still has its three answers
		for (let i = 0; i < 3; i++) {
			expect((await receive(answer(sid()), { address, onlyStore: true })).kind).toBe('stored');
		}
		const id = sid();
		expect(await receive(answer(id), { address, onlyStore: true })).toEqual({ kind: 'not_stored' });
		expect(await stored(id)).toBeUndefined();
		// the form action then refuses it itself
		expect(await receive(answer(id), { address })).toMatchObject({ status: 429 });
	});

	it('a one-time link used meanwhile', async () => {
		const link = await freshLink();
		const all = await Promise.all(
			[sid(), sid()].map((id) => receive(answer(id), { link, onlyStore: true }))
		);
		expect(all.map((r) => r.kind).sort()).toEqual(['not_stored', 'stored']);
	});

	it('a failure while storing is thrown, nothing stored; the next answer is stored', async () => {
		const id = sid();
		await store.run(`alter table response rename to response_away`);
		try {
			await expect(receive(answer(id), { onlyStore: true })).rejects.toThrow(/response/);
		} finally {
			await store.run(`alter table response_away rename to response`);
		}
		expect(await stored(id)).toBeUndefined();
		const next = sid();
		expect((await receive(answer(next), { onlyStore: true })).kind).toBe('stored');
		expect(await stored(next)).toMatchObject({ csat: 4 });
	});
});
