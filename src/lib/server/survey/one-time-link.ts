// One-time survey links (/s/[slug]/t/[token]): whether a token may still be answered.
import type { Store } from '../db';
import { sql } from '../sql';
import { hashSurveyToken, looksLikeSurveyToken } from './token';

export type TokenState =
	| { state: 'open'; tokenHash: string }
	| { state: 'used'; responseId: string | null }
	| { state: 'unknown' };

/**
 * The state of a token for a survey: unknown (malformed, not issued, or issued for another
 * survey) or used. The answer's transaction checks again, so a token is used at most once.
 */
export async function tokenState(
	store: Store,
	surveyId: number,
	token: string
): Promise<TokenState> {
	if (!looksLikeSurveyToken(token)) return { state: 'unknown' };
	const tokenHash = hashSurveyToken(token);
	const row = await store.one<{ survey_id: number; used: boolean; response_id: string | null }>(
		sql('survey/token_get'),
		{
			token_hash: tokenHash
		}
	);
	if (!row || row.survey_id !== surveyId) return { state: 'unknown' };
	return row.used ? { state: 'used', responseId: row.response_id } : { state: 'open', tokenHash };
}
