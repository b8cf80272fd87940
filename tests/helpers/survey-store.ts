// A store for the public survey's in-process tests: the demo (its "satisfaction" survey) in a
// temporary file, and a one-time link to an interaction answered through a channel other than
// phone (the tests' answers say phone), so a linked answer shows the interaction's channel.
import path from 'node:path';
import { prepareStore } from '../../src/lib/server/bootstrap';
import { Store } from '../../src/lib/server/db';
import { responseIdOf } from '../../src/lib/server/survey/submissions';
import { hashSurveyToken, newSurveyToken } from '../../src/lib/server/survey/token';
import { tempDir } from './temp';

export interface SurveyTestStore {
	store: Store;
	/** The one-time link's token and the interaction it is for. */
	token: string;
	interaction: { id: string; channel: string };
}

export async function openSurveyTestStore(
	fileName: string,
	adminPassword: string
): Promise<SurveyTestStore> {
	process.env.TAHSEEN_SURVEY_RATE_LIMIT = '0';
	const store = await Store.open(path.join(tempDir(), fileName));
	await prepareStore(store, { seedDemoOnFirstStart: true, demoAdminPassword: adminPassword });
	const interaction = (await store.one<{ id: string; channel: string }>(
		`select id, channel from interaction where channel <> 'phone' order by id limit 1`
	))!;
	const token = newSurveyToken();
	await store.run(
		`insert into survey_token (token_hash, survey_id, interaction_id)
		 select ?, id, ? from survey where slug = 'satisfaction'`,
		[hashSurveyToken(token), interaction.id]
	);
	return { store, token, interaction };
}

/** The stored answer of submission `sid`, if any. */
export function storedAnswer(store: Store, sid: string) {
	return store.one<{ csat: number; channel: string; interaction_id: string | null }>(
		`select csat, channel, interaction_id from response where id = ?`,
		[responseIdOf(sid)]
	);
}
