// One-time survey links for interactions: each is a random token shown once, in the link, and
// stored only as its hash with the survey and the interaction id (never the beneficiary).
//
// The rule for generating again: an interaction gets a new link only when it has no link for the
// survey yet. One with a link not yet used keeps that link (the earlier file still works, so a
// second link would let two answers describe one interaction), and one whose link was used has
// been answered already. Both are counted as skipped. Generations for one survey run one at a time
// (the server is the only writer of the store), so two at once cannot both issue a link.
import { periodInstants } from '../../domain/periods';
import type { Store } from '../db';
import { withKeys } from '../auth/key-lock';
import { audit } from '../audit';
import { getOrganisation } from '../organisation';
import { sql } from '../sql';
import { hashSurveyToken, newSurveyToken, surveyTokenLink } from './token';

/** Most links one generation may make (a year of a large association fits). */
export const maxLinksPerRun = 200_000;
const chunk = 10_000;

export class TokenIssueError extends Error {
	constructor(
		readonly code: 'not_found' | 'not_active' | 'unknown_channel' | 'too_many',
		readonly count = 0
	) {
		super(code);
		this.name = 'TokenIssueError';
	}
}

export interface TokenIssueRequest {
	surveyId: number;
	/** local calendar days, YYYY-MM-DD, inclusive */
	from: string;
	to: string;
	channel?: string;
	/** public origin of the links, e.g. https://survey.example.sa */
	origin: string;
	actor: { userId: number | null; name: string; clientAddress?: string | null };
}

export interface TokenIssueResult {
	slug: string;
	/** interactions received in the period (and channel) */
	matched: number;
	/** new links, in the order the interactions were received */
	links: { interactionId: string; link: string }[];
	/** interactions that already have a link not yet used */
	skippedUnused: number;
	/** interactions whose link was already used */
	skippedUsed: number;
}

/**
 * Makes a one-time link for every interaction received from `from` to `to` (the organisation's
 * local days) that has no link for the survey yet, stores the hashes and audits the generation,
 * all in one transaction.
 */
export async function issueSurveyTokens(
	store: Store,
	request: TokenIssueRequest
): Promise<TokenIssueResult> {
	return withKeys([`survey-tokens:${request.surveyId}`], () =>
		store.transaction(async (tx) => {
			const survey = await tx.one<{ slug: string; status: string; active_version: number | null }>(
				sql('survey_manage/get'),
				{ id: request.surveyId }
			);
			if (!survey) throw new TokenIssueError('not_found');
			if (survey.status !== 'active' || survey.active_version === null)
				throw new TokenIssueError('not_active');
			if (request.channel) {
				const channels = await tx.all<{ code: string }>(sql('channels/list'));
				if (!channels.some((c) => c.code === request.channel))
					throw new TokenIssueError('unknown_channel');
			}
			const timeZone = (await getOrganisation(tx))?.timeZone ?? 'Asia/Riyadh';
			const { start, end } = periodInstants(request, timeZone);
			const candidates = await tx.all<{ id: string; state: 'none' | 'unused' | 'used' }>(
				sql('survey_manage/token_candidates'),
				{ survey_id: request.surveyId, start, end, channel: request.channel ?? null }
			);
			const fresh = candidates.filter((c) => c.state === 'none');
			if (fresh.length > maxLinksPerRun) throw new TokenIssueError('too_many', fresh.length);

			const links: TokenIssueResult['links'] = [];
			for (let i = 0; i < fresh.length; i += chunk) {
				const part = fresh.slice(i, i + chunk);
				const tokens = part.map(() => newSurveyToken());
				await tx.run(sql('survey_manage/insert_tokens'), {
					survey_id: request.surveyId,
					hashes: tokens.map(hashSurveyToken),
					interaction_ids: part.map((c) => c.id)
				});
				part.forEach((c, j) =>
					links.push({
						interactionId: c.id,
						link: surveyTokenLink(request.origin, survey.slug, tokens[j]!)
					})
				);
			}
			const result: TokenIssueResult = {
				slug: survey.slug,
				matched: candidates.length,
				links,
				skippedUnused: candidates.filter((c) => c.state === 'unused').length,
				skippedUsed: candidates.filter((c) => c.state === 'used').length
			};
			if (links.length > 0) {
				await audit(tx, {
					userId: request.actor.userId,
					actor: request.actor.name,
					action: 'survey.tokens',
					target: String(request.surveyId),
					detail: {
						from: request.from,
						to: request.to,
						channel: request.channel ?? null,
						created: links.length,
						skipped_unused: result.skippedUnused,
						skipped_used: result.skippedUsed
					},
					clientAddress: request.actor.clientAddress ?? null
				});
			}
			return result;
		})
	);
}

export interface TokenSummary {
	total: number;
	used: number;
	unused: number;
	lastCreatedAt: Date | null;
}

export async function tokenSummary(store: Store, surveyId: number): Promise<TokenSummary> {
	const row = await store.one<{
		total: number;
		used: number;
		unused: number;
		last_created_at: Date | null;
	}>(sql('survey_manage/token_summary'), { survey_id: surveyId });
	return {
		total: row?.total ?? 0,
		used: row?.used ?? 0,
		unused: row?.unused ?? 0,
		lastCreatedAt: row?.last_created_at ?? null
	};
}
