import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// The guard in hooks.server.ts marks pages a signed-in role may not see; refusing here (not in the
// root layout) lets the 403 page render in the person's language.
export const load: LayoutServerLoad = ({ locals }) => {
	if (locals.forbidden) error(403, { message: 'forbidden', lang: locals.prefs.lang });
	return {};
};
