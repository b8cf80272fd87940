// The survey's public links per channel and branch, with QR previews, downloads and posters.
import { surveyLink } from '$lib/domain/survey-links';
import { linkPlaces } from '$lib/server/survey/manage';
import { staffSurvey, surveyHeading } from '$lib/server/survey/route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { store, survey } = await staffSurvey(event);
	const { channels, branches } = await linkPlaces(store);
	const rows: { channel: string | null; branch: string | null; link: string }[] = [
		{ channel: null, branch: null, link: surveyLink(event.url.origin, survey.slug) }
	];
	for (const channel of channels) {
		for (const branch of [null, ...branches]) {
			rows.push({
				channel: channel.code,
				branch: branch?.code ?? null,
				link: surveyLink(event.url.origin, survey.slug, {
					channel: channel.code,
					branch: branch?.code
				})
			});
		}
	}
	return { survey: surveyHeading(survey), channels, branches, rows };
};
