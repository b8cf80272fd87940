// A run's rejected rows as a CSV download (admins and managers).
import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { getRun, rejectedRowsCsv } from '$lib/server/ingest/runs';
import { isRowId } from '$lib/schemas/common';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, staffRoles);
	const id = Number(event.params.id);
	if (!isRowId(id)) error(404, { message: 'no such run' });
	const store = await appStore();
	const run = await getRun(store, id);
	if (!run) error(404, { message: 'no such run' });
	const base = run.file_name.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');
	const name = `run-${run.id}-${base}-rejected.csv`;
	return new Response(await rejectedRowsCsv(store, id), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="run-${run.id}-rejected.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'no-store'
		}
	});
};
