// Changes made from a page are audited by the service that makes them, in the change's own
// transaction: the row names who did it and from where, a refused change leaves no row, and a
// change whose audit row cannot be written is not kept either.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { improvementActionSchema } from '../src/lib/schemas/improvement-action';
import type { Actor } from '../src/lib/server/audit';
import { Store } from '../src/lib/server/db';
import { createActionBy, updateActionBy } from '../src/lib/server/improvement-actions';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation, getOrganisation } from '../src/lib/server/organisation';
import { addHoliday, removeHoliday, saveSettings } from '../src/lib/server/settings';
import { createSurvey, discardDraft, SurveyChangeError } from '../src/lib/server/survey/manage';
import {
	changeOwnPassword,
	changeRole,
	createUser,
	getUser,
	resetPassword,
	setActive
} from '../src/lib/server/users';

let store: Store;
let admin: Actor;
beforeEach(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية', nameEn: 'Association' });
	const id = await createUser(store, {
		email: 'admin@example.org',
		role: 'admin',
		password: 'a long enough password'
	});
	admin = { userId: id, email: 'admin@example.org', clientAddress: '203.0.113.7' };
});
afterEach(() => store.close());

function auditRows() {
	return store.all<{
		user_id: number | null;
		actor: string | null;
		action: string;
		target: string | null;
		detail: string | null;
		client_address: string | null;
	}>(
		`select user_id, actor, action, target, detail::varchar as detail, client_address
		 from audit_log order by id`
	);
}

const action = improvementActionSchema.parse({
	findingKind: 'channel',
	findingValue: 'phone',
	title: 'Answer the phone sooner'
});

describe('audited service functions', () => {
	it('write one row naming the actor, the address and the change', async () => {
		const id = await createUser(
			store,
			{ email: 'm@example.org', role: 'manager', password: 'another long password' },
			admin
		);
		await changeRole(store, id, 'board', admin);
		await setActive(store, id, false, admin);
		await setActive(store, id, true, admin);
		const password = await resetPassword(store, id, admin);
		await changeOwnPassword(store, admin, 'a new long enough password');
		const rows = await auditRows();
		expect(rows.map((r) => [r.action, r.target])).toEqual([
			['user.create', 'm@example.org'],
			['user.role', 'm@example.org'],
			['user.deactivate', 'm@example.org'],
			['user.activate', 'm@example.org'],
			['user.reset_password', 'm@example.org'],
			['user.change_password', 'admin@example.org']
		]);
		for (const row of rows) {
			expect(row).toMatchObject({
				user_id: admin.userId,
				actor: 'admin@example.org',
				client_address: '203.0.113.7'
			});
		}
		expect(JSON.parse(rows[0]!.detail!)).toEqual({ id, role: 'manager' });
		expect(JSON.parse(rows[1]!.detail!)).toEqual({ from: 'manager', to: 'board' });
		expect(password.length).toBeGreaterThan(10);
		expect((await getUser(store, id))?.role).toBe('board');
	});

	it('audit settings with what they were before', async () => {
		const before = await getOrganisation(store);
		const after = {
			nameAr: 'جمعية البر',
			nameEn: 'Al-Birr',
			timeZone: 'Asia/Riyadh',
			reviewWindowDays: 10,
			windowCounting: 'working' as const,
			weekendDays: [5, 6],
			minGroupSize: 5,
			publicActionsPage: false
		};
		await saveSettings(store, after, admin);
		await addHoliday(store, { day: '2026-09-23', nameAr: 'اليوم الوطني', nameEn: '' }, admin);
		await removeHoliday(store, '2026-09-23', admin);
		const rows = await auditRows();
		expect(rows.map((r) => [r.action, r.target])).toEqual([
			['settings.update', 'organisation'],
			['settings.holiday_add', '2026-09-23'],
			['settings.holiday_remove', '2026-09-23']
		]);
		expect(JSON.parse(rows[0]!.detail!)).toEqual(JSON.parse(JSON.stringify({ before, after })));
	});

	it('leave no row when the change is refused', async () => {
		const survey = await createSurvey(
			store,
			{ slug: 'visit', title_ar: 'زيارة', title_en: 'Visit' },
			admin.userId,
			admin
		);
		// never published: the draft cannot be thrown away
		await expect(discardDraft(store, survey, 1, admin)).rejects.toThrow(SurveyChangeError);
		expect(await updateActionBy(store, 999, action, admin)).toBe(false);
		expect((await auditRows()).map((r) => [r.action, r.target])).toEqual([
			['survey.create', String(survey)]
		]);
	});

	it('keep no change whose audit row cannot be written', async () => {
		const id = await createActionBy(store, action, admin);
		// a detail JSON cannot hold makes the audit row fail after the update was made
		const unwritable = { ...action, title: 'Answer within the hour', extra: 1n };
		await expect(updateActionBy(store, id, unwritable, admin)).rejects.toThrow(TypeError);
		const stored = await store.one<{ title: string }>(
			`select title from improvement_action where id = ?`,
			[id]
		);
		expect(stored?.title).toBe('Answer the phone sooner');
		expect((await auditRows()).map((r) => r.action)).toEqual(['action.create']);
	});
});
