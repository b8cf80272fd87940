// npm run survey:tokens -- --survey SLUG --from YYYY-MM-DD --to YYYY-MM-DD [--channel CODE] [--out FILE] [--origin URL]
// One-time survey links for the interactions received in the period (the organisation's local
// days): a CSV of interaction_id, link (never the beneficiary). Interactions that already have a
// link for the survey, used or not, get none (see src/lib/server/survey/issue-tokens.ts).
import { writeFileSync } from 'node:fs';
import { periodDatesSchema } from '../src/lib/domain/periods';
import { tokenLinksCsv } from '../src/lib/domain/survey-links';
import { channelCodeSchema, surveySlugSchema } from '../src/lib/schemas/survey-manage';
import { migrate } from '../src/lib/server/migrate';
import { sql } from '../src/lib/server/sql';
import {
	issueSurveyTokens,
	maxLinksPerRun,
	TokenIssueError
} from '../src/lib/server/survey/issue-tokens';
import { openStore, parseFlags, runCli, UsageError } from './cli';

const usage =
	'npm run survey:tokens -- --survey SLUG --from YYYY-MM-DD --to YYYY-MM-DD [--channel CODE] [--out FILE] [--origin URL]';

/** The links' origin: --origin, else ORIGIN, else the address the server listens on by default. */
function linkOrigin(flag: string | undefined): { origin: string; guessed: boolean } {
	const given = flag ?? process.env.ORIGIN;
	if (given) {
		let url: URL;
		try {
			url = new URL(given);
		} catch {
			throw new UsageError(
				`--origin must be a URL such as https://survey.example.sa (got ${given}).`
			);
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:')
			throw new UsageError('--origin must start with https:// or http://.');
		return { origin: url.origin, guessed: false };
	}
	return { origin: `http://localhost:${process.env.PORT ?? '3000'}`, guessed: true };
}

runCli(async () => {
	const { values } = parseFlags(
		{
			survey: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			channel: { type: 'string' },
			out: { type: 'string' },
			origin: { type: 'string' }
		},
		usage
	);
	if (!values.survey || !values.from || !values.to)
		throw new UsageError(`--survey, --from and --to are needed.\nUsage: ${usage}`);
	const slug = surveySlugSchema.safeParse(values.survey);
	if (!slug.success)
		throw new UsageError(`--survey takes the survey's link name, e.g. satisfaction.`);
	const dates = periodDatesSchema.safeParse({ from: values.from, to: values.to });
	if (!dates.success)
		throw new UsageError(
			`Invalid period: ${dates.error.issues[0]?.message ?? 'dates as YYYY-MM-DD'}.\nUsage: ${usage}`
		);
	if (values.channel !== undefined && !channelCodeSchema.safeParse(values.channel).success)
		throw new UsageError('--channel takes a channel code such as phone or in_person.');
	const { origin, guessed } = linkOrigin(values.origin);

	const store = await openStore();
	try {
		await migrate(store);
		const survey = await store.one<{ id: number }>(sql('survey_manage/get_by_slug'), {
			slug: slug.data
		});
		if (!survey) throw new Error(`There is no survey "${slug.data}".`);
		const result = await issueSurveyTokens(store, {
			surveyId: survey.id,
			from: values.from,
			to: values.to,
			channel: values.channel,
			origin,
			actor: { userId: null, name: 'cli' }
		}).catch((error: unknown) => {
			if (!(error instanceof TokenIssueError)) throw error;
			const reasons = {
				not_found: `There is no survey "${slug.data}".`,
				not_active: `The survey "${slug.data}" is not open; publish or reopen it first.`,
				unknown_channel: `There is no channel "${values.channel}".`,
				too_many: `${error.count} interactions need links; at most ${maxLinksPerRun} per run: choose a shorter period or one channel.`
			};
			throw new Error(reasons[error.code]);
		});
		const csv = tokenLinksCsv(result.links);
		if (values.out) writeFileSync(values.out, csv);
		else process.stdout.write(csv);
		const skipped = result.skippedUnused + result.skippedUsed;
		console.error(
			`${result.links.length} new one-time links for ${result.matched} interactions of ${values.from} to ${values.to}` +
				(values.channel ? ` (channel ${values.channel})` : '') +
				(skipped
					? `; ${result.skippedUnused} already have a link not yet used and ${result.skippedUsed} were answered (no new link for them)`
					: '') +
				(values.out ? `; written to ${values.out}.` : '.')
		);
		if (guessed)
			console.error(
				`note: the links start with ${origin}; set ORIGIN or --origin to the survey's public address.`
			);
	} finally {
		store.close();
	}
});
