// Start-up: migrate the schema and, on an empty store, load the demo (by default) and its admin,
// whose password is printed once; without the demo, create nothing: the association is set up at
// /setup (src/lib/server/first-setup.ts) or with npm run setup. Build the metrics roll-ups when
// they are missing or in another zone.
import type { Config } from './config';
import type { Store } from './db';
import { demoAdminEmail } from './demo/catalog';
import { seedDemo, type SeedResult } from './demo/load';
import { ensureRollups } from './metrics/rollups';
import { migrate } from './migrate';
import { getOrganisation } from './organisation';
import { randomPassword } from './passwords';
import { countActiveUsers, createUser } from './users';
import { audit } from './audit';
import { sql } from './sql';

export interface PrepareResult {
	migrated: number[];
	seeded?: SeedResult;
	/** Ingest runs left "running" by a stopped process, now marked failed. */
	interrupted: number[];
	/** Set only when this call created the demo's admin. */
	admin?: { email: string; password: string };
	/** The store has no organisation yet (no demo): the association is set up at /setup. */
	needsSetup: boolean;
}

export async function prepareStore(
	store: Store,
	config: Pick<Config, 'seedDemoOnFirstStart' | 'demoAdminPassword'>,
	options: { asOf?: string } = {}
): Promise<PrepareResult> {
	const migrated = await migrate(store);
	const interrupted = (await store.all<{ id: number }>(sql('ingest/runs_interrupted'))).map(
		(r) => r.id
	);
	const result: PrepareResult = { migrated, interrupted, needsSetup: false };
	if (!(await getOrganisation(store)) && config.seedDemoOnFirstStart) {
		result.seeded = await seedDemo(store, { asOf: options.asOf });
	}
	const organisation = await getOrganisation(store);
	result.needsSetup = !organisation;
	// the roll-ups are built here, once, when missing or in another zone (a new store, a migration
	// that changed them), rather than by the first page read
	await ensureRollups(store);
	// only the demo gets an admin of its own; a real association names its first admin at set-up
	if (organisation?.isDemo) result.admin = await ensureFirstAdmin(store, config.demoAdminPassword);
	return result;
}

/** Creates the demo's admin when the store has no active admin; returns its sign-in details. */
export async function ensureFirstAdmin(
	store: Store,
	password?: string
): Promise<{ email: string; password: string } | undefined> {
	if ((await countActiveUsers(store, 'admin')) > 0) return undefined;
	const admin = { email: demoAdminEmail, password: password ?? randomPassword() };
	const id = await createUser(store, { ...admin, role: 'admin', displayName: 'Demo admin' });
	await audit(store, { userId: id, actor: 'system', action: 'user.create', target: admin.email });
	return admin;
}

/** The lines start-up prints; the password appears only when the admin was just created. */
export function describePrepare(result: PrepareResult, url: string): string[] {
	const lines: string[] = [];
	if (result.migrated.length) lines.push(`Tahseen: applied schema ${result.migrated.join(', ')}.`);
	if (result.interrupted.length) {
		lines.push(
			`Tahseen: marked interrupted ingest runs as failed: ${result.interrupted.join(', ')}.`
		);
	}
	if (result.seeded) {
		const s = result.seeded;
		lines.push(
			`Tahseen: loaded the demo organisation: ${s.interactions.toLocaleString('en')} interactions and ` +
				`${s.responses.toLocaleString('en')} survey answers from ${s.from} to ${s.to} (${s.seconds.toFixed(1)} s).`
		);
	}
	if (result.admin) {
		lines.push(
			`Tahseen: sign in at ${url}/login as ${result.admin.email} with password ${result.admin.password}`,
			'Tahseen: this password is shown only once; change it after signing in.'
		);
	}
	return lines;
}
