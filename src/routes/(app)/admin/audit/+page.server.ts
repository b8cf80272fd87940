import { z } from 'zod';
import { appStore } from '$lib/server/app-store';
import { requireRole } from '$lib/server/auth/guard';
import { sql } from '$lib/server/sql';
import type { PageServerLoad } from './$types';

const filterSchema = z.object({ action: z.string().trim().max(60).default('') });

export const load: PageServerLoad = async (event) => {
	requireRole(event, ['admin']);
	const parsed = filterSchema.safeParse(Object.fromEntries(event.url.searchParams));
	const action = parsed.success ? parsed.data.action : '';
	const entries = await (
		await appStore()
	).all<{
		id: number;
		occurred_at: Date;
		actor: string | null;
		action: string;
		target: string | null;
		detail: string | null;
		client_address: string | null;
	}>(sql('audit/list'), { action_prefix: action, limit: 300 });
	return { action, invalidFilter: !parsed.success, entries };
};
