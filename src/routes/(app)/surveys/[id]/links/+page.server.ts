// The survey's public links per channel and branch, with QR previews, downloads and posters.
import { surveyLink } from '$lib/domain/survey-links';
import { appStore } from '$lib/server/app-store';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { linkPlaces } from '$lib/server/survey/manage';
import { surveyFromParams, surveyHeading } from '$lib/server/survey/route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, staffRoles);
	const store = await appStore();
	const survey = await surveyFromParams(store, event);
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
