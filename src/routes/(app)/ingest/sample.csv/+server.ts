// A sample interaction log to download (the home page's checklist links it): the canonical
// columns with Arabic headers, UTF-8 with a byte-order mark so that Excel opens it as written.
import { sampleInteractionsCsv } from '$lib/domain/sample-log';
import { isoDateIn } from '$lib/domain/zoned-time';
import { appStore } from '$lib/server/app-store';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { getOrganisation } from '$lib/server/organisation';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, staffRoles);
	const zone = (await getOrganisation(await appStore()))?.timeZone ?? 'Asia/Riyadh';
	return new Response(sampleInteractionsCsv(isoDateIn(new Date(), zone)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="tahseen-sample-interactions.csv"',
			'cache-control': 'no-store'
		}
	});
};
