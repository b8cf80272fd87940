// npm run db:migrate — applies the schema files not yet applied (safe to run twice).
import { migrate } from '../src/lib/server/migrate';
import { openStore, parseFlags, runCli } from './cli';

runCli(async () => {
	parseFlags({}, 'npm run db:migrate');
	const store = await openStore();
	try {
		const applied = await migrate(store);
		console.log(
			applied.length
				? `Applied schema ${applied.join(', ')} to ${store.path}.`
				: `Schema of ${store.path} is up to date.`
		);
	} finally {
		store.close();
	}
});
