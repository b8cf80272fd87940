// The home page's first steps, read from the store (sql/home/first_steps.sql), and the record of
// a survey poster opened to print, which ticks one of them.
import { firstStepsFor, type FirstSteps } from '../domain/first-steps';
import type { Role } from '../roles';
import type { Actor } from './audit';
import type { Store } from './db';
import { sql } from './sql';

interface Row extends Record<string, unknown> {
	channels: boolean;
	imported: boolean;
	survey: boolean;
	posters: boolean;
	users: boolean;
	min_group: boolean;
	has_data: boolean;
	survey_id: number | null;
}

export interface HomeFirstSteps extends FirstSteps {
	/** the association has interactions or survey answers */
	hasData: boolean;
}

export async function firstSteps(store: Store, role: Role): Promise<HomeFirstSteps> {
	const row = (await store.one<Row>(sql('home/first_steps')))!;
	const steps = firstStepsFor(
		role,
		{
			channels: row.channels,
			import: row.imported,
			survey: row.survey,
			posters: row.posters,
			users: row.users,
			minGroup: row.min_group
		},
		{
			postersHref: row.survey_id === null ? undefined : `/surveys/${row.survey_id}/links`,
			sampleHref: '/ingest/sample.csv'
		}
	);
	return { ...steps, hasData: row.has_data };
}

/** A survey's poster was opened to print: recorded once per survey, channel and branch. */
export async function recordPosterOpened(
	store: Store,
	surveyId: number,
	place: { channel: string | null; branch: string | null },
	by: Actor
): Promise<void> {
	await store.run(sql('home/poster_opened'), {
		user_id: by.userId,
		actor: by.email,
		target: String(surveyId),
		detail: JSON.stringify(place),
		client_address: by.clientAddress
	});
}
