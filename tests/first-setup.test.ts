// The first start of a real deployment, in the store: without the demo nothing is created (no
// organisation, no "demo" admin); the setup code is checked under the sign-in throttle; the home
// page's first steps tick from what the store holds; the sample log downloads and imports whole.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleInteractionsCsv } from '../src/lib/domain/sample-log';
import { setupFormSchema, setupInputOfForm } from '../src/lib/schemas/setup';
import { prepareStore } from '../src/lib/server/bootstrap';
import { checkSetupCode } from '../src/lib/server/auth/sign-in';
import { Store } from '../src/lib/server/db';
import {
	generateSetupCode,
	needsSetup,
	setupCodeMatches,
	finishFirstSetup
} from '../src/lib/server/first-setup';
import { firstSteps, recordPosterOpened } from '../src/lib/server/first-steps';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import { saveChannel, saveSettings } from '../src/lib/server/settings';
import { getOrganisation } from '../src/lib/server/organisation';
import { createUser } from '../src/lib/server/users';
import { setUpStore } from './helpers/setup-store';
import { removeTempDirs, tempDir } from './helpers/temp';

let store: Store;
beforeEach(async () => {
	store = await Store.open(':memory:');
});
afterEach(() => store.close());
afterAll(() => removeTempDirs());

const count = async (table: string) =>
	(await store.one<{ n: number }>(`select count(*)::integer as n from ${table}`))!.n;

describe('an empty store started without the demo', () => {
	it('gets no organisation and no user, and needs its set-up', async () => {
		const result = await prepareStore(store, {
			seedDemoOnFirstStart: false,
			demoAdminPassword: 'would-be-demo-password'
		});
		expect(result.needsSetup).toBe(true);
		expect(result.admin).toBeUndefined();
		expect(await getOrganisation(store)).toBeUndefined();
		expect(await count('app_user')).toBe(0);
		expect(await needsSetup(store)).toBe(true);
	});

	it('with the demo, gets the demo and its admin as before', async () => {
		const result = await prepareStore(store, {
			seedDemoOnFirstStart: true,
			demoAdminPassword: 'demo-admin-password'
		});
		expect(result.needsSetup).toBe(false);
		expect(result.admin?.email).toBe('admin@demo.tahseen.sa');
		expect((await getOrganisation(store))?.isDemo).toBe(true);
	}, 120_000);
});

describe('the setup form', () => {
	const form = {
		code: 'ABCD-EFGH-JKMN',
		nameAr: 'جمعية البر',
		nameEn: 'Al-Birr Association',
		timeZone: 'Asia/Riyadh',
		reviewWindowDays: '10',
		workingWeek: 'sun-thu',
		adminEmail: 'Amal@Example.org',
		adminName: 'أمل',
		password: 'a-long-password',
		confirm: 'a-long-password'
	};

	it('reads into the one setup schema the command line uses', () => {
		const parsed = setupFormSchema.parse(form);
		expect(setupInputOfForm(parsed)).toEqual({
			nameAr: 'جمعية البر',
			nameEn: 'Al-Birr Association',
			timeZone: 'Asia/Riyadh',
			reviewWindowDays: 10,
			weekendDays: [5, 6],
			adminEmail: 'amal@example.org',
			adminName: 'أمل',
			password: 'a-long-password'
		});
		const calendar = setupFormSchema.parse({ ...form, workingWeek: 'calendar' });
		expect(setupInputOfForm(calendar).weekendDays).toBeNull();
	});

	it('names each bad field', () => {
		const bad = setupFormSchema.safeParse({
			...form,
			code: '',
			nameEn: 'x',
			timeZone: 'Mars/Olympus',
			reviewWindowDays: '0',
			adminEmail: 'nobody',
			password: 'short',
			confirm: 'other'
		});
		expect(bad.success).toBe(false);
		const fields = new Set(bad.error!.issues.map((i) => String(i.path[0])));
		expect([...fields].sort()).toEqual(
			['adminEmail', 'code', 'nameEn', 'password', 'reviewWindowDays', 'timeZone'].sort()
		);
		const mismatch = setupFormSchema.safeParse({ ...form, confirm: 'a-long-passwore' });
		expect(mismatch.error!.issues.map((i) => i.path[0])).toEqual(['confirm']);
	});
});

describe('the setup code', () => {
	it('is three groups of four unambiguous characters, matched without case or dashes', () => {
		const code = generateSetupCode();
		expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
		expect(generateSetupCode()).not.toBe(code);
		expect(setupCodeMatches(code, code.toLowerCase().replace(/-/g, ' '))).toBe(true);
		expect(setupCodeMatches(code, code.slice(0, -1))).toBe(false);
		expect(setupCodeMatches(code, '')).toBe(false);
	});

	it('wrong codes are throttled like sign-ins, and audited', async () => {
		await prepareStore(store, { seedDemoOnFirstStart: false, demoAdminPassword: undefined });
		let clock = new Date('2026-12-03T10:00:00Z');
		const now = () => clock;
		const attempt = (typed: string) =>
			checkSetupCode(
				store,
				{ expected: 'ABCD-EFGH-JKMN', typed, clientAddress: '192.0.2.7' },
				setupCodeMatches,
				now
			);
		for (let i = 0; i < 3; i++)
			expect(await attempt('WRONG-CODE')).toEqual({ ok: false, reason: 'invalid' });
		// the right code is refused too while the wait lasts
		const refused = await attempt('ABCD-EFGH-JKMN');
		expect(refused).toMatchObject({ ok: false, reason: 'throttled' });
		clock = new Date(clock.getTime() + 60_000);
		expect(await attempt('abcd efgh jkmn')).toEqual({ ok: true, value: true });
		const audited = await store.all<{ action: string }>(
			"select action from audit_log where action like 'setup.%' order by id"
		);
		expect(audited.map((a) => a.action)).toEqual([
			...Array(3).fill('setup.code_failed'),
			'setup.code_throttled'
		]);
	});
});

describe("the home page's first steps", () => {
	it('tick themselves from the store, for the roles that take them', async () => {
		const adminId = await setUpStore(store, {
			email: 'amal@example.org',
			password: 'a-long-password'
		});
		finishFirstSetup();
		expect(await needsSetup(store)).toBe(false);
		const by = { userId: adminId, email: 'amal@example.org', clientAddress: '192.0.2.7' };
		const done = async () =>
			(await firstSteps(store, 'admin')).steps.filter((s) => s.done).map((s) => s.key);
		expect(await firstSteps(store, 'admin')).toMatchObject({ done: 0, total: 6, hasData: false });

		await saveChannel(
			store,
			{
				code: 'phone',
				nameAr: 'الاتصالات الهاتفية',
				nameEn: 'Phone calls',
				aliases: ['هاتف'],
				active: true
			},
			by
		);
		expect(await done()).toEqual(['channels']);

		// the sample file, as the page offers it, imports whole
		const file = path.join(tempDir(), 'sample.csv');
		writeFileSync(file, sampleInteractionsCsv('2026-12-03'));
		const result = await ingestFile(store, { path: file, kind: 'interactions', actor: 'cli' });
		expect(result).toMatchObject({ inserted: 12, rejected: 0, rows: 12 });
		expect(await done()).toEqual(['channels', 'import']);
		expect((await firstSteps(store, 'admin')).hasData).toBe(true);

		await store.run(
			"insert into survey (slug, title_ar, title_en, status, active_version) values ('s', 'س', 'S', 'active', 1)"
		);
		const survey = (await store.one<{ id: number }>('select id from survey'))!.id;
		await recordPosterOpened(store, survey, { channel: 'phone', branch: null }, by);
		await recordPosterOpened(store, survey, { channel: 'phone', branch: null }, by);
		expect(await count("audit_log where action = 'survey.poster'")).toBe(1);
		expect((await firstSteps(store, 'admin')).steps.find((s) => s.key === 'posters')!.href).toBe(
			`/surveys/${survey}/links`
		);

		await createUser(store, {
			email: 'board@example.org',
			role: 'board',
			password: 'b'.repeat(12)
		});
		const organisation = (await getOrganisation(store))!;
		await saveSettings(store, { ...organisation, minGroupSize: 7 }, by);
		expect(await firstSteps(store, 'admin')).toMatchObject({ done: 6, total: 6, complete: true });
		expect(await firstSteps(store, 'manager')).toMatchObject({ done: 3, total: 3 });
		expect(await firstSteps(store, 'board')).toMatchObject({ total: 0, complete: true });
	}, 60_000);
});
