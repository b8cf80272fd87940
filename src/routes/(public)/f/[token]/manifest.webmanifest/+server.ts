// The field page's web manifest: the phone installs /f/<token> as an app of its own, opening on
// the device's survey. Unknown, revoked or kiosk tokens: 404.
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { getOrganisation } from '$lib/server/organisation';
import { direction } from '$lib/i18n/preferences';
import { fieldDevice, openDeviceSurvey } from '$lib/server/survey/field';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
	const store = await appStore();
	const device = await fieldDevice(store, params.token);
	const opened = device ? await openDeviceSurvey(store, device) : null;
	if (!opened || opened.state === 'not_found') error(404, 'not found');
	const lang = locals.prefs.lang;
	const organisation = await getOrganisation(store);
	const title = lang === 'ar' ? opened.survey.titleAr : opened.survey.titleEn;
	const org = organisation ? (lang === 'ar' ? organisation.nameAr : organisation.nameEn) : '';
	const start = `/f/${params.token}`;
	return json(
		{
			id: start,
			name: org ? `${title} · ${org}` : title,
			short_name: title.slice(0, 24),
			lang,
			dir: direction(lang),
			start_url: start,
			scope: '/f/',
			display: 'standalone',
			background_color: '#ffffff',
			theme_color: '#0f5c4d',
			icons: [192, 512].map((size) => ({
				src: `/field-icon-${size}.png`,
				sizes: `${size}x${size}`,
				type: 'image/png',
				purpose: 'any maskable'
			}))
		},
		{ headers: { 'content-type': 'application/manifest+json', 'cache-control': 'no-cache' } }
	);
};
