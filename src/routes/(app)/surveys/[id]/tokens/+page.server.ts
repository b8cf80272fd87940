// One-time links: how many were issued and answered, and the form that generates new ones (posted
// to ./csv, which answers with the CSV file, or comes back here with a message).
import { linkPlaces } from '$lib/server/survey/manage';
import { tokenSummary } from '$lib/server/survey/issue-tokens';
import { staffSurvey, surveyHeading } from '$lib/server/survey/route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { store, survey } = await staffSurvey(event);
	const params = event.url.searchParams;
	const count = (name: string) => {
		const value = Number(params.get(name));
		return Number.isInteger(value) && value >= 0 ? value : 0;
	};
	return {
		survey: surveyHeading(survey),
		summary: await tokenSummary(store, survey.id),
		channels: (await linkPlaces(store)).channels,
		// what the CSV endpoint sent back: an error code or "no new links", with the values typed
		error: params.get('error'),
		none:
			params.get('none') === '1'
				? { matched: count('matched'), unused: count('unused'), used: count('used') }
				: null,
		values: {
			from: params.get('from') ?? '',
			to: params.get('to') ?? '',
			channel: params.get('channel') ?? ''
		}
	};
};
