// A real deployment's first step (npm run setup): the organisation and its first admin, without the
// demo, in one transaction. Refused when the store already has an organisation.
import { setupSchema, type SetupInput } from '../schemas/setup';
import { audit } from './audit';
import type { Store } from './db';
import { createOrganisation, getOrganisation } from './organisation';
import { sql } from './sql';
import { emailTaken, createUser } from './users';

export class SetupError extends Error {
	constructor(
		readonly code: 'organisation_exists' | 'email_taken',
		message: string
	) {
		super(message);
		this.name = 'SetupError';
	}
}

export { setupSchema, type SetupInput };

/** Creates the organisation and its first admin; returns the admin's user id. */
export async function setupOrganisation(
	store: Store,
	input: SetupInput,
	/** who set it up: the command line, or the setup page from an address */
	by: { actor: 'cli' | 'setup'; clientAddress?: string | null } = { actor: 'cli' }
): Promise<number> {
	const userId = await store.transaction(async (tx) => {
		const existing = await getOrganisation(tx);
		if (existing) {
			throw new SetupError(
				'organisation_exists',
				`The store already has an organisation (${existing.nameEn} · ${existing.nameAr}); ` +
					'change its settings at /admin/settings instead.'
			);
		}
		if (await emailTaken(tx, input.adminEmail)) {
			throw new SetupError(
				'email_taken',
				`A user with the e-mail ${input.adminEmail} already exists.`
			);
		}
		await createOrganisation(tx, {
			nameAr: input.nameAr,
			nameEn: input.nameEn,
			timeZone: input.timeZone,
			reviewWindowDays: input.reviewWindowDays
		});
		const organisation = (await getOrganisation(tx))!;
		await tx.run(sql('organisation/update'), {
			name_ar: organisation.nameAr,
			name_en: organisation.nameEn,
			time_zone: organisation.timeZone,
			review_window_days: organisation.reviewWindowDays,
			window_counting: input.weekendDays ? 'working' : 'calendar',
			weekend_days: input.weekendDays ?? organisation.weekendDays,
			min_group_size: organisation.minGroupSize,
			public_actions_page: false,
			dashboard_period: organisation.dashboardPeriod
		});
		const id = await createUser(tx, {
			email: input.adminEmail,
			role: 'admin',
			password: input.password,
			displayName: input.adminName
		});
		// both rows name the new admin and who set it up
		const record = (action: string, target: string, detail: Record<string, unknown>) =>
			audit(tx, {
				userId: id,
				actor: by.actor,
				clientAddress: by.clientAddress ?? null,
				action,
				target,
				detail
			});
		const { nameAr, nameEn, timeZone, reviewWindowDays, weekendDays } = input;
		await record('organisation.setup', 'organisation', {
			nameAr,
			nameEn,
			timeZone,
			reviewWindowDays,
			weekendDays
		});
		await record('user.create', input.adminEmail, { id, role: 'admin' });
		return id;
	});
	store.markChanged();
	return userId;
}
