// npm run db:seed -- --demo [--as-of YYYY-MM-DD] [--seed N] [--reset]
// Loads the deterministic demo organisation (and a demo admin when there is no admin yet).
import { ensureFirstAdmin } from '../src/lib/server/bootstrap';
import { seedDemo } from '../src/lib/server/demo/load';
import { migrate } from '../src/lib/server/migrate';
import { getOrganisation } from '../src/lib/server/organisation';
import { readConfig } from '../src/lib/server/config';
import { openStore, parseFlags, runCli, UsageError } from './cli';

const usage = 'npm run db:seed -- --demo [--as-of YYYY-MM-DD] [--seed N] [--reset]';

runCli(async () => {
	const { values } = parseFlags(
		{
			demo: { type: 'boolean' },
			'as-of': { type: 'string' },
			seed: { type: 'string' },
			reset: { type: 'boolean' }
		},
		usage
	);
	if (!values.demo)
		throw new UsageError(`Only the demo organisation can be seeded.\nUsage: ${usage}`);
	const seed = values.seed === undefined ? undefined : Number(values.seed);
	if (seed !== undefined && !Number.isInteger(seed))
		throw new UsageError(`--seed takes a whole number.`);
	if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) {
		throw new UsageError('--as-of takes a date as YYYY-MM-DD.');
	}

	const store = await openStore();
	try {
		await migrate(store);
		const existing = await getOrganisation(store);
		if (existing && !values.reset) {
			console.log(
				`${store.path} already holds ${existing.isDemo ? 'the demo organisation' : `"${existing.nameEn}"`}; nothing loaded. ` +
					(existing.isDemo ? 'Add --reset to load the demo data again.' : '')
			);
			return;
		}
		if (existing && !existing.isDemo) {
			throw new Error(
				`${store.path} holds a real organisation ("${existing.nameEn}"); --reset only replaces demo data.`
			);
		}
		const result = await seedDemo(store, { asOf: values['as-of'], seed, reset: values.reset });
		console.log(
			`Loaded the demo organisation: ${result.interactions} interactions and ${result.responses} survey answers ` +
				`from ${result.from} to ${result.to} in ${result.seconds.toFixed(1)} s.`
		);
		const admin = await ensureFirstAdmin(store, readConfig().demoAdminPassword);
		if (admin) {
			console.log(`Sign in as ${admin.email} with password ${admin.password} (shown only once).`);
		}
	} finally {
		store.close();
	}
});
