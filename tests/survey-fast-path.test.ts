// The public survey's fast path (src/lib/server/survey/answer-fast-path.ts) in process, on a real
// DuckDB store: which posts it answers itself (stored, then 303 or SvelteKit's JSON redirect) and
// which it leaves to the form action, untouched or with the answer it read and refused handed
// over. The pages the action then shows (messages in both languages, values kept) are checked
// over HTTP in tests/survey-public-http.test.ts.
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePreferences } from '../src/lib/i18n/preferences';
import type { Store } from '../src/lib/server/db';
import type { Received } from '../src/lib/server/survey/answer-form';
import { answerEarly, handedOverAnswer } from '../src/lib/server/survey/answer-fast-path';
import { responseIdOf } from '../src/lib/server/survey/submissions';
import { hashSurveyToken, newSurveyToken } from '../src/lib/server/survey/token';
import { openSurveyTestStore, storedAnswer } from './helpers/survey-store';
import { removeTempDirs } from './helpers/temp';

let store: Store;
let interaction: { id: string; channel: string };
let token: string;
let counter = 0;

function sid(): string {
	counter++;
	return `fa570000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

interface Posted {
	event: RequestEvent;
	request: Request;
	/** What the hook's `resolve` would be called with: undefined when the fast path answered. */
	reply: Response | undefined;
}

/** Posts `fields` to `pathname` through the fast path, as the handle hook would. */
async function post(
	pathname: string,
	fields: Record<string, string> | string,
	{
		accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
		type = 'application/x-www-form-urlencoded',
		cookies = {} as Record<string, string>,
		method = 'POST'
	} = {}
): Promise<Posted> {
	const url = new URL(pathname, 'http://127.0.0.1:3000');
	const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
	const request = new Request(url, {
		method,
		headers: { accept, 'content-type': type, origin: url.origin },
		...(method === 'GET' ? {} : { body })
	});
	const parts = url.pathname.split('/').filter(Boolean);
	const event = {
		request,
		url,
		params: parts[2] === 't' ? { slug: parts[1], token: parts[3] } : { slug: parts[1] },
		route: { id: parts[2] === 't' ? '/(public)/s/[slug]/t/[token]' : '/(public)/s/[slug]' },
		cookies: { get: (name: string) => cookies[name] },
		locals: {
			prefs: resolvePreferences({ lang: url.searchParams.get('lang') ?? undefined }),
			user: null,
			sessionId: null,
			forbidden: false,
			frameable: false
		},
		getClientAddress: () => '10.0.0.7'
	} as unknown as RequestEvent;
	return { event, request, reply: await answerEarly(event, store) };
}

/** An ordinary valid answer to the demo survey. */
function answer(id: string, extra: Record<string, string> = {}): Record<string, string> {
	return { sid: id, v: '1', lang: 'ar', channel: 'phone', q_csat: '4', q_nps: '9', ...extra };
}

function stored(id: string) {
	return storedAnswer(store, id);
}

beforeAll(async () => {
	({ store, token, interaction } = await openSurveyTestStore('fast-path.duckdb', 'fast-path-pass'));
	await store.run(
		`insert into survey (slug, title_ar, title_en, status, active_version)
		 select 'shut', 'مغلق', 'Closed', 'closed', 1`
	);
});

afterAll(() => {
	store?.close();
	removeTempDirs();
});

describe('the fast path answers itself', () => {
	it('a valid answer: stored, then 303 to the thank-you page with the security headers', async () => {
		const id = sid();
		const { reply, event } = await post('/s/satisfaction', answer(id));
		expect(reply?.status).toBe(303);
		expect(reply?.headers.get('location')).toBe('/s/satisfaction/thanks');
		expect(reply?.headers.get('x-frame-options')).toBe('DENY');
		expect(reply?.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
		expect(reply?.headers.get('x-content-type-options')).toBe('nosniff');
		expect(event.locals.surveyAnswer).toBeUndefined();
		expect(await stored(id)).toMatchObject({ csat: 4, channel: 'phone' });
	});

	it('an English answer: to the English thank-you page', async () => {
		const id = sid();
		const { reply } = await post('/s/satisfaction', answer(id, { lang: 'en' }));
		expect(reply?.headers.get('location')).toBe('/s/satisfaction/thanks?lang=en');
	});

	it('the enhanced form: SvelteKit’s JSON redirect, as the form action would send it', async () => {
		const id = sid();
		const { reply } = await post('/s/satisfaction?lang=en', answer(id, { lang: 'en' }), {
			accept: 'application/json'
		});
		expect(reply?.status).toBe(200);
		expect(reply?.headers.get('content-type')).toBe('application/json');
		expect(await reply?.json()).toEqual({
			type: 'redirect',
			status: 303,
			location: '/s/satisfaction/thanks?lang=en'
		});
		expect(await stored(id)).toMatchObject({ csat: 4 });
	});

	it('a double submit: one answer stored, both thanked', async () => {
		const id = sid();
		const [a, b] = await Promise.all([
			post('/s/satisfaction', answer(id)),
			post('/s/satisfaction', answer(id, { q_csat: '1' }))
		]);
		expect([a.reply?.status, b.reply?.status]).toEqual([303, 303]);
		const rows = await store.all(`select csat from response where id = ?`, [responseIdOf(id)]);
		expect(rows).toHaveLength(1);
	});

	it('a robot filling the honeypot: thanked, nothing stored', async () => {
		const id = sid();
		const { reply } = await post('/s/satisfaction', answer(id, { website: 'http://spam' }));
		expect(reply?.status).toBe(303);
		expect(await stored(id)).toBeUndefined();
	});

	it('a one-time link, once: linked to its interaction; the next post goes to the action', async () => {
		const first = sid();
		const { reply } = await post(`/s/satisfaction/t/${token}`, answer(first));
		expect(reply?.status).toBe(303);
		// the link's interaction decides the channel, whatever was posted
		expect(await stored(first)).toMatchObject({
			interaction_id: interaction.id,
			channel: interaction.channel
		});
		const second = await post(`/s/satisfaction/t/${token}`, answer(sid()));
		expect(second.reply).toBeUndefined();
		// left untouched: the action reads the body (a retry of the first answer is thanked again)
		expect(second.request.bodyUsed).toBe(false);
		expect(second.event.locals.surveyAnswer).toBeUndefined();
	});
});

describe('the fast path hands a refused answer to the form action', () => {
	it('with the messages’ codes and everything typed, the body read once', async () => {
		const id = sid();
		const fields = { sid: id, v: '1', lang: 'en', q_nps: '12', q_comment: 'typed', channel: 'fax' };
		const { reply, event, request } = await post('/s/satisfaction?lang=en', fields);
		expect(reply).toBeUndefined();
		expect(request.bodyUsed).toBe(true);
		const received = (await handedOverAnswer(event.locals)) as Extract<
			Received,
			{ kind: 'refused' }
		>;
		expect(received.kind).toBe('refused');
		expect(received.status).toBe(400);
		expect(received.errors).toEqual({ q_csat: 'required', q_nps: 'scale', channel: 'choice' });
		expect(received.values).toEqual(fields);
		// taken once: the action does not see it twice
		expect(handedOverAnswer(event.locals)).toBeUndefined();
		expect(await stored(id)).toBeUndefined();
	});

	it('a body over the cap as the 413 refusal', async () => {
		const { reply, event } = await post(
			'/s/satisfaction',
			answer(sid(), { q_comment: 'ب'.repeat(20_000) })
		);
		expect(reply).toBeUndefined();
		expect(await handedOverAnswer(event.locals)).toMatchObject({
			kind: 'refused',
			status: 413,
			errors: { form: 'too_large' }
		});
	});

	it('a link used meanwhile by a concurrent answer as token_used', async () => {
		const fresh = newSurveyToken();
		await store.run(
			`insert into survey_token (token_hash, survey_id, interaction_id)
			 select ?, id, ? from survey where slug = 'satisfaction'`,
			[hashSurveyToken(fresh), interaction.id]
		);
		const posts = await Promise.all(
			[sid(), sid(), sid()].map((id) => post(`/s/satisfaction/t/${fresh}`, answer(id)))
		);
		expect(posts.filter((p) => p.reply?.status === 303)).toHaveLength(1);
		for (const lost of posts.filter((p) => !p.reply)) {
			expect(await handedOverAnswer(lost.event.locals)).toEqual({ kind: 'token_used' });
		}
	});
});

describe('the fast path leaves to the form action, body unread', () => {
	const cases: [string, string, Parameters<typeof post>[2]][] = [
		['a signed-in person', '/s/satisfaction', { cookies: { session: 'some-token' } }],
		['a named action', '/s/satisfaction?/other', {}],
		['a multipart form', '/s/satisfaction', { type: 'multipart/form-data; boundary=x' }],
		['a JSON body', '/s/satisfaction', { type: 'application/json' }],
		['an Accept SvelteKit reads as JSON', '/s/satisfaction', { accept: '*/*' }],
		['an Accept preferring JSON', '/s/satisfaction', { accept: 'text/html, application/json' }],
		['an unknown survey', '/s/no-such-survey', {}],
		['a closed survey', '/s/shut', {}],
		['an unknown one-time link', `/s/satisfaction/t/${newSurveyToken()}`, {}]
	];
	for (const [what, pathname, options] of cases) {
		it(what, async () => {
			const { reply, request, event } = await post(pathname, answer(sid()), options);
			expect(reply).toBeUndefined();
			expect(request.bodyUsed).toBe(false);
			expect(event.locals.surveyAnswer).toBeUndefined();
		});
	}

	it('a GET', async () => {
		const { reply } = await post('/s/satisfaction', '', { method: 'GET' });
		expect(reply).toBeUndefined();
	});
});

describe('a failure while storing', () => {
	it('is handed to the form action, to fail there as it did before; nothing stored', async () => {
		const id = sid();
		await store.run(`alter table response rename to response_away`);
		try {
			const { reply, event, request } = await post('/s/satisfaction', answer(id));
			expect(reply).toBeUndefined();
			expect(request.bodyUsed).toBe(true);
			await expect(handedOverAnswer(event.locals)).rejects.toThrow(/response/);
		} finally {
			await store.run(`alter table response_away rename to response`);
		}
		expect(await stored(id)).toBeUndefined();
		// and the next answer is stored again
		const next = sid();
		expect((await post('/s/satisfaction', answer(next))).reply?.status).toBe(303);
		expect(await stored(next)).toMatchObject({ csat: 4 });
	});
});
