// The QR code of a survey link for a channel and a branch, as SVG or PNG (staff only):
// GET /surveys/[id]/qr?c=CHANNEL&b=BRANCH&format=svg|png[&download=1]
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { fileNamePart, surveyLink } from '$lib/domain/survey-links';
import { channelCodeSchema } from '$lib/schemas/survey-manage';
import { linkPlaces } from '$lib/server/survey/manage';
import { qrPng, qrSvg } from '$lib/server/survey/qr';
import { staffSurvey } from '$lib/server/survey/route';
import type { RequestHandler } from './$types';

const querySchema = z.object({
	c: channelCodeSchema.optional(),
	b: z
		.string()
		.regex(/^[\p{L}\p{N}_-]{1,100}$/u)
		.optional(),
	format: z.enum(['svg', 'png']).default('svg'),
	download: z.enum(['1']).optional()
});

export const GET: RequestHandler = async (event) => {
	const { store, survey } = await staffSurvey(event);
	const lang = event.locals.prefs.lang;
	const query = querySchema.safeParse(Object.fromEntries(event.url.searchParams));
	if (!query.success) error(400, { message: 'c, b or format is not valid', lang });
	const { c, b, format, download } = query.data;
	const places = await linkPlaces(store);
	if (c && !places.channels.some((x) => x.code === c))
		error(400, { message: 'unknown channel', lang });
	if (b && !places.branches.some((x) => x.code === b))
		error(400, { message: 'unknown branch', lang });

	const link = surveyLink(event.url.origin, survey.slug, { channel: c, branch: b });
	const name = `qr-${fileNamePart(survey.slug)}${c ? `-${c}` : ''}${b ? `-${b}` : ''}.${format}`;
	const headers = {
		'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
		'cache-control': 'private, max-age=300'
	};
	if (format === 'png') {
		return new Response(new Uint8Array(await qrPng(link)), {
			headers: { ...headers, 'content-type': 'image/png' }
		});
	}
	return new Response(await qrSvg(link), {
		headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
