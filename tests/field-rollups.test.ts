// A field phone's answer that arrives days after it was given lands in the day it was given: the
// dashboard's figures for that day change (through the roll-ups, equal to the raw rows), today's
// do not, and it keeps the version it was shown and the device's channel, branch and name (the
// phone cannot set them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import { computeFigures } from '../src/lib/server/metrics';
import { deviceByToken } from '../src/lib/server/survey/devices';
import { openDeviceSurvey, receiveFieldAnswers } from '../src/lib/server/survey/field';
import { fillFieldStore, type FieldStore } from './helpers/field-store';
import { expectClose, metricsStore } from './helpers/metrics-store';

let store: Store;
let field: FieldStore;

beforeAll(async () => {
	store = await metricsStore();
	field = await fillFieldStore(store, false);
});
afterAll(() => store.close());

/** A Riyadh calendar day as the metrics take it. */
const riyadhDay = (d: Date) => new Date(d.getTime() + 3 * 3600_000).toISOString().slice(0, 10);

describe('field answers received from a phone', () => {
	it('changes the figures of the day it was given, not of the day it arrived', async () => {
		const now = new Date();
		const given = new Date(now.getTime() - 4 * 24 * 3600_000);
		const thatDay = { from: riyadhDay(given), to: riyadhDay(given) };
		const today = { from: riyadhDay(now), to: riyadhDay(now) };
		const before = await computeFigures(store, thatDay);
		const todayBefore = await computeFigures(store, today);
		expect(before.responses_total).toBe(0);

		const device = (await deviceByToken(store, field.phones.a.token))!;
		const opened = await openDeviceSurvey(store, device);
		const answers = [5, 4, 4, 2, 5, 3].map((csat, i) => ({
			sid: `0f1e1d00-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
			// given with version 1 while the phone was offline; version 2 was published since
			version: 1,
			answeredAt: new Date(given.getTime() + i * 60_000).toISOString(),
			lang: 'ar',
			values: { q_csat: String(csat), q_visit: 'morning' }
		}));
		const results = await receiveFieldAnswers(store, device, opened, answers, 'ar', now);
		expect(results.map((r) => r.status)).toEqual(Array(6).fill('stored'));

		const after = await computeFigures(store, thatDay);
		expect(after.responses_total).toBe(6);
		expect(after.csat.n).toBe(6);
		expectClose(after, await computeFigures(store, thatDay, { source: 'raw' }));
		expect((await computeFigures(store, today)).responses_total).toBe(todayBefore.responses_total);
		const rows = await store.all<Record<string, unknown>>(
			`select survey_version, channel, branch, collection, device, submitted_at from response
			 order by submitted_at`
		);
		expect(rows).toHaveLength(6);
		for (const [i, row] of rows.entries()) {
			expect(row).toMatchObject({
				survey_version: 1,
				channel: 'branch_rep',
				branch: 'hail',
				collection: 'field',
				device: field.phones.a.name
			});
			expect(new Date(row.submitted_at as string).toISOString()).toBe(answers[i]!.answeredAt);
		}
	});

	it('takes channel and branch from the device, whatever the phone sends', async () => {
		const device = (await deviceByToken(store, field.phones.b.token))!;
		const opened = await openDeviceSurvey(store, device);
		const sid = '0f1e1d00-0000-4000-8000-000000000099';
		const values = JSON.parse(
			'{"q_csat":"4","channel":"phone","branch":"riyadh","website":"x","__proto__":["a"],"sid":"nope"}'
		) as Record<string, string>;
		const results = await receiveFieldAnswers(
			store,
			device,
			opened,
			[{ sid, version: 2, answeredAt: new Date().toISOString(), lang: 'en', values }],
			'en'
		);
		expect(results).toEqual([{ sid, status: 'stored' }]);
		expect(
			await store.one(`select channel, branch, csat, lang, device from response where id = ?`, [
				`web-${sid}`
			])
		).toEqual({
			channel: 'branch_rep',
			branch: 'hail',
			csat: 4,
			lang: 'en',
			device: field.phones.b.name
		});
	});
});
