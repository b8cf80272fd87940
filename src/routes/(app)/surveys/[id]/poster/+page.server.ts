// A printable poster of one survey link (A4 or A5): Arabic first, the survey's title, the QR code
// and the link, for branch offices and letters. ?c=CHANNEL&b=BRANCH&size=a4|a5
import { error } from '@sveltejs/kit';
import { surveyLink } from '$lib/domain/survey-links';
import { actorOf } from '$lib/server/audit';
import { recordPosterOpened } from '$lib/server/first-steps';
import { linkPlaces } from '$lib/server/survey/manage';
import { qrSvgDataUrl } from '$lib/server/survey/qr';
import { staffSurvey, surveyHeading } from '$lib/server/survey/route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { me, store, survey } = await staffSurvey(event);
	const lang = event.locals.prefs.lang;
	const params = event.url.searchParams;
	const size = params.get('size') ?? 'a4';
	if (size !== 'a4' && size !== 'a5') error(400, { message: 'size is a4 or a5', lang });
	const { channels, branches } = await linkPlaces(store);
	const c = params.get('c') || null;
	const b = params.get('b') || null;
	const channel = c ? channels.find((x) => x.code === c) : null;
	const branch = b ? branches.find((x) => x.code === b) : null;
	if (channel === undefined) error(400, { message: 'unknown channel', lang });
	if (branch === undefined) error(400, { message: 'unknown branch', lang });
	const link = surveyLink(event.url.origin, survey.slug, { channel: c, branch: b });
	// the home page's checklist ticks "print the QR posters" on it
	await recordPosterOpened(store, survey.id, { channel: c, branch: b }, actorOf(me, event));
	return {
		survey: surveyHeading(survey),
		size: size as 'a4' | 'a5',
		link,
		qr: await qrSvgDataUrl(link),
		channel: channel ? { code: channel.code, ar: channel.name_ar, en: channel.name_en } : null,
		branch: branch ? { code: branch.code, ar: branch.name_ar, en: branch.name_en } : null
	};
};
