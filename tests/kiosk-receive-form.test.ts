// A kiosk's answers through receiveForm (src/lib/server/survey/answer-form.ts) in process, on a real
// DuckDB store: the same validation and masking as any answer, the device's channel, branch,
// collection and name stored whatever the form sent, and the device's own limit taken instead of
// the sending address's (the public limit stays whole for that address). Over HTTP:
// tests/kiosk-http.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePreferences } from '../src/lib/i18n/preferences';
import type { Store } from '../src/lib/server/db';
import { receiveForm, type AnswerLink } from '../src/lib/server/survey/answer-form';
import { linkOptions, openSurvey } from '../src/lib/server/survey/public-survey';
import { responseIdOf } from '../src/lib/server/survey/submissions';
import type { FormValues } from '../src/lib/schemas/survey-answers';
import { openSurveyTestStore } from './helpers/survey-store';
import { removeTempDirs } from './helpers/temp';

let store: Store;
let counter = 0;
const sid = () => `d0e50000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const device = {
	id: 41,
	kind: 'kiosk',
	name: 'Reception tablet',
	channel: 'in_person',
	branch: 'hail'
} as const;
const from = { getClientAddress: () => '10.1.2.3', locals: { prefs: resolvePreferences({}) } };

async function receive(values: FormValues, link: AnswerLink) {
	const opened = await openSurvey(store, 'satisfaction');
	if (opened.state !== 'open') throw new Error('the demo survey is not open');
	return receiveForm(values, from, store, opened, link);
}

const answer = (id: string, extra: Record<string, string> = {}): FormValues => ({
	sid: id,
	v: '1',
	lang: 'ar',
	channel: 'phone',
	branch: 'baqaa',
	q_csat: '4',
	q_nps: '9',
	...extra
});

beforeAll(async () => {
	({ store } = await openSurveyTestStore('kiosk-receive.duckdb', 'kiosk-receive-pass'));
	// read at the first answer: three public answers per address, five per device
	process.env.TAHSEEN_SURVEY_RATE_LIMIT = '3/1';
	process.env.TAHSEEN_DEVICE_RATE_LIMIT = '5/1';
});

afterAll(() => {
	store?.close();
	removeTempDirs();
});

describe("a kiosk's answers", () => {
	it('are stored with the device, its channel and branch, masked, under its own limit', async () => {
		const ids = Array.from({ length: 5 }, () => sid());
		for (const id of ids) {
			const received = await receive(answer(id, { q_comment: 'اتصلوا على 0551234567' }), {
				device
			});
			expect(received.kind).toBe('stored');
		}
		const rows = await store.all<Record<string, unknown>>(
			`select id, collection, device, channel, branch, comment from response where device = ? order by id`,
			[device.name]
		);
		expect(rows.map((r) => r.id)).toEqual(ids.map(responseIdOf));
		for (const row of rows) {
			expect(row).toMatchObject({ collection: 'kiosk', channel: 'in_person', branch: 'hail' });
			expect(row.comment).not.toContain('0551234567');
		}
		// the device's sixth answer at once is over its limit
		const over = await receive(answer(sid()), { device });
		expect(over).toMatchObject({ kind: 'refused', status: 429, errors: { form: 'rate_limited' } });
	});

	it('are validated as any answer', async () => {
		const received = await receive(answer(sid(), { q_csat: '9' }), {
			device: { ...device, id: 42 }
		});
		expect(received).toMatchObject({ kind: 'refused', status: 400 });
	});

	it("take nothing from the sending address's public limit", async () => {
		const options = await linkOptions(store);
		for (let i = 0; i < 3; i++) {
			expect((await receive(answer(sid()), { options })).kind).toBe('stored');
		}
		expect(await receive(answer(sid()), { options })).toMatchObject({ status: 429 });
	});
});
