// The public survey on the built server, as a browser without JavaScript uses it: a plain form
// POST, the redirect, the thank-you page, and the rows stored (checked at the end, once the server
// has let go of the database file). Also: messages in both languages with what was typed kept,
// double submit, one-time links, honeypot, rate limit and versions (the page itself: survey-public-page).
import { describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { responseIdOf } from '../src/lib/server/survey/submissions';
import { newSurveyToken } from '../src/lib/server/survey/token';
import {
	databasePath,
	expected,
	freshToken,
	interaction,
	post,
	postAlone,
	server,
	sid,
	usedToken,
	useSurveyServer
} from './helpers/survey-public';

useSurveyServer();

describe('answering without JavaScript', () => {
	it('posts the form, is redirected to the thank-you page, and the answer is stored', async () => {
		const id = sid();
		const response = await post('/s/satisfaction?c=phone&b=hail', {
			sid: id,
			v: '1',
			lang: 'ar',
			channel: 'phone',
			branch: 'hail',
			q_csat: '4',
			q_nps: '9',
			q_ces: '6',
			q_comment: 'الموظف لطيف، رقمي 0551234567',
			website: ''
		});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/s/satisfaction/thanks');
		expected.acknowledged++;
		expected.stored.set(id, {
			survey_version: 1,
			channel: 'phone',
			branch: 'hail',
			csat: 4,
			nps: 9,
			ces: 6,
			comment: 'الموظف لطيف، رقمي [هاتف محجوب]',
			lang: 'ar',
			source: 'web',
			interaction_id: null
		});
		const thanks = await fetch(`${server.url}${response.headers.get('location')}`);
		expect(thanks.status).toBe(200);
		const html = await thanks.text();
		expect(html).toContain('وصلتنا إجاباتك وحُفظت.');
		expect(html).toContain('ولا يُستخدم أبدًا لمعاقبة أحد');
		expect(html).toMatch(/href="(\.\.\/\.\.)?\/you-said-we-did"/);
	});

	it('sends an English answer to the English thank-you page', async () => {
		const id = sid();
		const response = await post('/s/satisfaction?lang=en', {
			sid: id,
			v: '1',
			lang: 'en',
			channel: 'website',
			q_csat: '2'
		});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/s/satisfaction/thanks?lang=en');
		expected.acknowledged++;
		expected.stored.set(id, { lang: 'en', channel: 'website', branch: null, csat: 2, nps: null });
		const html = await (await fetch(`${server.url}/s/satisfaction/thanks?lang=en`)).text();
		expect(html).toContain('never used to punish or blame anyone');
	});

	it('explains what is wrong in Arabic, keeping everything typed', async () => {
		const id = sid();
		const response = await post('/s/satisfaction', {
			sid: id,
			v: '1',
			lang: 'ar',
			q_nps: '12',
			q_comment: 'تعليقي المكتوب',
			channel: 'fax'
		});
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('يرجى مراجعة ما يلي قبل الإرسال:');
		expect(html).toMatch(/id="e-q_csat">يرجى الإجابة عن هذا السؤال\.</);
		expect(html).toMatch(/id="e-q_nps">يرجى اختيار رقم من ٠ إلى ١٠\.</);
		expect(html).toMatch(/id="e-channel">يرجى اختيار أحد الخيارات المعروضة\.</);
		expect(html).toContain('>تعليقي المكتوب</textarea>');
		// the same submission id, so sending again is still one answer
		expect(html).toContain(`name="sid" value="${id}"`);
		expected.absent.add(id);
	});

	it('explains what is wrong in English, keeping everything typed', async () => {
		const id = sid();
		const response = await post('/s/satisfaction?lang=en', {
			sid: id,
			v: '1',
			lang: 'en',
			q_csat: '7',
			q_ces: '4',
			q_comment: 'x'.repeat(1001)
		});
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('Please check the following before sending:');
		expect(html).toMatch(/id="e-q_csat">Please choose a number from 1 to 5\.</);
		expect(html).toMatch(
			/id="e-q_comment">The text is longer than 1000 characters; please shorten it\.</
		);
		expect(html).toMatch(/<input type="radio" name="q_ces" value="4" checked=""/);
		expect(html).toContain(`>${'x'.repeat(1001)}</textarea>`);
		expected.absent.add(id);
	});

	it('stores a double submit once and thanks both', async () => {
		const id = sid();
		const fields = { sid: id, v: '1', lang: 'ar', q_csat: '5', channel: 'phone' };
		const [a, b] = await Promise.all([
			post('/s/satisfaction', fields),
			post('/s/satisfaction', fields)
		]);
		const retry = await post('/s/satisfaction', { ...fields, q_csat: '1' });
		for (const r of [a, b, retry]) {
			expect(r.status).toBe(303);
			expect(r.headers.get('location')).toBe('/s/satisfaction/thanks');
		}
		expected.acknowledged++;
		expected.stored.set(id, { csat: 5 });
	});

	it('thanks a robot that fills the honeypot and stores nothing', async () => {
		const id = sid();
		const response = await post('/s/satisfaction', {
			sid: id,
			v: '1',
			q_csat: '1',
			website: 'http://spam.example'
		});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/s/satisfaction/thanks');
		expected.absent.add(id);
	});

	it('limits answers per address, keeping what was typed; other addresses go on', async () => {
		const address = '10.9.9.9';
		const statuses: number[] = [];
		for (let i = 0; i < 20; i++) {
			// empty forms: refused, but they count towards the limit like any post
			statuses.push((await post('/s/satisfaction', {}, { address })).status);
		}
		expect(new Set(statuses)).toEqual(new Set([400]));
		const id = sid();
		const limited = await post(
			'/s/satisfaction?lang=en',
			{ sid: id, v: '1', q_csat: '3', q_comment: 'kept' },
			{ address }
		);
		expect(limited.status).toBe(429);
		const html = await limited.text();
		expect(html).toContain('Please try again in a minute');
		expect(html).toContain('>kept</textarea>');
		expected.absent.add(id);
		const other = sid();
		expect(
			(await post('/s/satisfaction', { sid: other, v: '1', q_csat: '3' }, { address: '10.9.9.10' }))
				.status
		).toBe(303);
		expected.acknowledged++;
		expected.stored.set(other, { csat: 3 });
	});

	it('refuses a body larger than the cap', async () => {
		const response = await postAlone('/s/satisfaction', {
			sid: sid(),
			q_csat: '3',
			q_comment: 'ب'.repeat(20_000)
		});
		expect(response.status).toBe(413);
		expect(response.text).toContain('الإجابة أطول من المسموح');
	});

	it('records answers against the version the form was shown with', async () => {
		const page = await (await fetch(`${server.url}/s/versioned`)).text();
		expect(page).toContain('name="v" value="2"');
		expect(page).toContain('id="i-q_waiting"');
		const old = sid();
		// a form shown before version 2 was published
		const a = await post('/s/versioned', { sid: old, v: '1', q_csat: '4', q_visit: 'evening' });
		const current = sid();
		const b = await post('/s/versioned', { sid: current, v: '2', q_csat: '2', q_waiting: 'ساعة' });
		expect([a.status, b.status]).toEqual([303, 303]);
		expected.acknowledged += 2;
		expected.stored.set(old, { survey_version: 1, answers: { visit: 'evening' } });
		expected.stored.set(current, { survey_version: 2, answers: { waiting: 'ساعة' } });
		// version 1's question is not part of version 2
		const wrong = await post('/s/versioned', { sid: sid(), v: '2', q_csat: '2', q_visit: 'x' });
		expect(wrong.status).toBe(303);
		expected.acknowledged++;
	});
});

describe('the same answers by the other ways in', () => {
	// an ordinary answer is stored by the answer route (src/lib/server/survey/answer-route.ts);
	// these take the form action or are passed on to it, and must answer exactly as before

	it('the enhanced form: a JSON redirect once stored, the action’s failure when refused', async () => {
		const enhanced = { accept: 'application/json', 'x-sveltekit-action': 'true' };
		const id = sid();
		const stored = await post(
			'/s/satisfaction?lang=en',
			{ sid: id, v: '1', lang: 'en', q_csat: '5' },
			{ headers: enhanced }
		);
		expect(stored.status).toBe(200);
		expect(await stored.json()).toEqual({
			type: 'redirect',
			status: 303,
			location: '/s/satisfaction/thanks?lang=en'
		});
		expected.acknowledged++;
		expected.stored.set(id, { csat: 5, lang: 'en' });
		const refusedId = sid();
		const refused = await post(
			'/s/satisfaction',
			{ sid: refusedId, v: '1', q_csat: '9' },
			{ headers: enhanced }
		);
		expect(refused.status).toBe(200);
		const body = (await refused.json()) as { type: string; status: number; data: string };
		expect([body.type, body.status]).toEqual(['failure', 400]);
		expect(body.data).toContain('scale');
		expected.absent.add(refusedId);
	});

	it('a signed-in person (here a stale session cookie): the form action, the same reply', async () => {
		const id = sid();
		const response = await post(
			'/s/satisfaction',
			{ sid: id, v: '1', q_csat: '3' },
			{ headers: { cookie: 'session=stale-or-forged' } }
		);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/s/satisfaction/thanks');
		// the session hook ran (it clears the unknown cookie): this was not the answer route
		expect(response.headers.get('set-cookie')).toMatch(/^session=;/);
		expected.acknowledged++;
		expected.stored.set(id, { csat: 3 });
	});

	it('a refused answer to an embeddable survey: its page may still be framed', async () => {
		const id = sid();
		const response = await post('/s/embedded?lang=en', { sid: id, v: '1', lang: 'en' });
		expect(response.status).toBe(400);
		expect(await response.text()).toContain('Please check the following before sending:');
		expect(response.headers.get('x-frame-options')).toBeNull();
		expected.absent.add(id);
		const framed = await post('/s/embedded', { sid: sid(), v: '1', q_csat: '2' });
		expect(framed.status).toBe(303);
		expect(framed.headers.get('x-frame-options')).toBeNull();
		expected.acknowledged++;
	});

	it('a post from another site: refused before any hook (403), nothing stored', async () => {
		const id = sid();
		const response = await post(
			'/s/satisfaction',
			{ sid: id, v: '1', q_csat: '3' },
			{ headers: { origin: 'https://elsewhere.example' } }
		);
		expect(response.status).toBe(403);
		expected.absent.add(id);
	});

	it('a named action that does not exist: refused as before, nothing stored', async () => {
		const id = sid();
		const response = await post('/s/satisfaction?/other', { sid: id, v: '1', q_csat: '3' });
		expect(response.status).toBe(404);
		expected.absent.add(id);
	});
});

describe('one-time links', () => {
	it('show the form without the channel and branch questions', async () => {
		const response = await fetch(`${server.url}/s/satisfaction/t/${freshToken}`);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).not.toContain('name="channel"');
		expect(html).not.toContain('name="branch"');
	});

	it('take one answer under concurrent submits, linked to the interaction', async () => {
		const ids = [sid(), sid(), sid()];
		const responses = await Promise.all(
			ids.map((id) =>
				post(`/s/satisfaction/t/${freshToken}`, { sid: id, v: '1', q_csat: '5', channel: 'letter' })
			)
		);
		const statuses = responses.map((r) => r.status).sort();
		expect(statuses).toEqual([303, 410, 410]);
		const winner = ids[responses.findIndex((r) => r.status === 303)]!;
		expected.acknowledged++;
		expected.stored.set(winner, {
			interaction_id: interaction.id,
			channel: interaction.channel,
			branch: interaction.branch,
			service: interaction.service
		});
		for (const id of ids) if (id !== winner) expected.absent.add(id);
		const loser = responses.find((r) => r.status === 410)!;
		expect(await loser.text()).toContain('سبق استخدام هذا الرابط');
		// the winner's retry is thanked again
		expect(
			(await post(`/s/satisfaction/t/${freshToken}`, { sid: winner, v: '1', q_csat: '5' })).status
		).toBe(303);
	});

	it('answer a used link with 410 and an unknown one with 404, politely', async () => {
		const used = await fetch(`${server.url}/s/satisfaction/t/${usedToken}?lang=en`);
		expect(used.status).toBe(410);
		expect(await used.text()).toContain('This link has already been used');
		const unknown = await fetch(`${server.url}/s/satisfaction/t/${newSurveyToken()}`);
		expect(unknown.status).toBe(404);
		expect(await unknown.text()).toContain('هذا الرابط غير صالح');
		expect((await fetch(`${server.url}/s/satisfaction/t/unknown`)).status).toBe(404);
		// a token is only good for its own survey
		expect((await fetch(`${server.url}/s/versioned/t/${freshToken}`)).status).toBe(404);
	});
});

describe('what was stored', () => {
	it('holds exactly the acknowledged answers, as sent, and nothing refused', async () => {
		await server.stop();
		const store = await Store.open(databasePath);
		try {
			const rows = await store.all(`select * from response where source = 'web' order by id`);
			expect(rows).toHaveLength(expected.acknowledged);
			for (const [id, want] of expected.stored) {
				const row = rows.find((r) => r.id === responseIdOf(id));
				expect(row, id).toBeDefined();
				const { answers, ...columns } = want as { answers?: Record<string, string> };
				expect(row).toMatchObject(columns);
				if (answers) {
					const stored = await store.all<{ question: string; value: string }>(
						`select question, value from response_answer where response_id = ?`,
						[responseIdOf(id)]
					);
					expect(Object.fromEntries(stored.map((a) => [a.question, a.value]))).toEqual(answers);
				}
			}
			for (const id of expected.absent) {
				expect(
					rows.find((r) => r.id === responseIdOf(id)),
					id
				).toBeUndefined();
			}
			// no client address is stored with an answer
			const columns = await store.all<{ column_name: string }>(
				`select column_name from information_schema.columns where table_name = 'response'`
			);
			expect(columns.map((c) => c.column_name).filter((c) => /addr|ip/.test(c))).toEqual([]);
			expect(rows.some((r) => JSON.stringify(r).includes('10.0.0.1'))).toBe(false);
			// the roll-ups count the web answers (refreshed in the same transactions)
			const rolled = await store.one<{ n: number }>(
				`select sum(responses)::integer as n from metrics_response_daily`
			);
			const raw = await store.one<{ n: number }>(`select count(*)::integer as n from response`);
			expect(rolled!.n).toBe(raw!.n);
		} finally {
			store.close();
		}
	});
});
