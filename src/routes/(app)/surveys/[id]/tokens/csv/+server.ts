// Generates one-time links for the interactions of a period and answers with them as CSV
// (interaction_id, link; UTF-8 with BOM for Excel). A form that cannot be used, or a period with
// no interaction needing a link, sends the person back to the tokens page with a message.
import { redirect } from '@sveltejs/kit';
import { fileNamePart, tokenLinksCsv } from '$lib/domain/survey-links';
import { tokenRequestSchema } from '$lib/schemas/survey-manage';
import { issueSurveyTokens, TokenIssueError } from '$lib/server/survey/issue-tokens';
import { staffSurvey } from '$lib/server/survey/route';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const { me, store, survey } = await staffSurvey(event);
	const form = await event.request.formData().catch(() => new FormData());
	const values = {
		from: String(form.get('from') ?? ''),
		to: String(form.get('to') ?? ''),
		channel: String(form.get('channel') ?? '')
	};
	const back: (extra: Record<string, string | number>) => never = (extra) =>
		redirect(
			303,
			`/surveys/${survey.id}/tokens?${new URLSearchParams({ ...values, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])) })}`
		);
	const parsed = tokenRequestSchema.safeParse(values);
	if (!parsed.success) back({ error: 'bad_input' });
	const request = parsed.data;

	let result: Awaited<ReturnType<typeof issueSurveyTokens>>;
	try {
		result = await issueSurveyTokens(store, {
			surveyId: survey.id,
			from: request.from,
			to: request.to,
			channel: request.channel,
			origin: event.url.origin,
			actor: { userId: me.id, name: me.email, clientAddress: event.getClientAddress() }
		});
	} catch (error) {
		if (error instanceof TokenIssueError) back({ error: error.code });
		throw error;
	}
	if (result.links.length === 0) {
		back({
			none: 1,
			matched: result.matched,
			unused: result.skippedUnused,
			used: result.skippedUsed
		});
	}
	const name = `${fileNamePart(survey.slug)}-links-${request.from}-${request.to}${request.channel ? `-${request.channel}` : ''}.csv`;
	return new Response(tokenLinksCsv(result.links), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'no-store',
			'x-links-created': String(result.links.length),
			'x-links-skipped': String(result.skippedUnused + result.skippedUsed)
		}
	});
};
