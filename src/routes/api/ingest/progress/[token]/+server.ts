// How far a running web ingest is, for the page to show while it waits (admins and managers).
import { error, json } from '@sveltejs/kit';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { progressTokenPattern, readProgress } from '$lib/server/ingest/progress';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, staffRoles);
	if (!progressTokenPattern.test(event.params.token)) error(404, { message: 'no such run' });
	return json(readProgress(event.params.token), { headers: { 'cache-control': 'no-store' } });
};
