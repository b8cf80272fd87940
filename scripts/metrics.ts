// npm run metrics -- --from YYYY-MM-DD --to YYYY-MM-DD [--channel CODE] [--type T] [--service S]
//   [--branch B] [--team T] [--json] [--lang ar|en] [--digits latn|arab]
// Prints the period's figures: with --json exactly one JSON object (the contract shape),
// otherwise a table in the chosen language. Errors: one line, non-zero exit.
import { metricsErrorText } from '../src/lib/i18n/metrics-messages';
import { z } from 'zod';
import {
	computeFigures,
	listChannels,
	MetricsError,
	metricsTable,
	toMetrics
} from '../src/lib/server/metrics/index';
import { migrate } from '../src/lib/server/migrate';
import { openStore, parseFlags, runCli, UsageError } from './cli';

const usage =
	'npm run metrics -- --from YYYY-MM-DD --to YYYY-MM-DD [--channel CODE] [--type TYPE] [--service S] [--branch B] [--team T] [--json] [--lang ar|en] [--digits latn|arab]';

runCli(async () => {
	const { values, positionals } = parseFlags(
		{
			from: { type: 'string' },
			to: { type: 'string' },
			channel: { type: 'string' },
			type: { type: 'string' },
			service: { type: 'string' },
			branch: { type: 'string' },
			team: { type: 'string' },
			json: { type: 'boolean' },
			lang: { type: 'string' },
			digits: { type: 'string' }
		},
		usage
	);
	if (positionals.length)
		throw new UsageError(`Unexpected argument "${positionals[0]}". Usage: ${usage}`);
	if (!values.from || !values.to)
		throw new UsageError(`--from and --to are required. Usage: ${usage}`);
	const lang = z.enum(['ar', 'en']).safeParse(values.lang ?? 'ar');
	if (!lang.success) throw new UsageError('--lang takes ar or en.');
	const digits = z.enum(['latn', 'arab']).safeParse(values.digits ?? 'latn');
	if (!digits.success) throw new UsageError('--digits takes latn or arab.');

	const store = await openStore();
	try {
		await migrate(store);
		const filter = {
			from: values.from,
			to: values.to,
			channel: values.channel,
			type: values.type as never,
			service: values.service,
			branch: values.branch,
			team: values.team
		};
		let figures;
		try {
			figures = await computeFigures(store, filter);
		} catch (error) {
			if (error instanceof MetricsError) {
				throw new UsageError(metricsErrorText(error.detail, lang.data));
			}
			throw error;
		}
		if (values.json) {
			process.stdout.write(JSON.stringify(toMetrics(figures)) + '\n');
		} else {
			const channels = await listChannels(store);
			process.stdout.write(
				metricsTable(figures, channels, { lang: lang.data, digits: digits.data }) + '\n'
			);
		}
	} finally {
		store.close();
	}
});
