// Liveness and database check for monitors; public, no data.
import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { sql } from '$lib/server/sql';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	try {
		const store = await appStore();
		await store.one(sql('health/ping'));
		return json({ status: 'ok' });
	} catch {
		return json({ status: 'error', database: 'unavailable' }, { status: 503 });
	}
};
