import { appStore } from '$lib/server/app-store';
import { getOrganisation } from '$lib/server/organisation';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const organisation = await getOrganisation(await appStore());
	return {
		prefs: locals.prefs,
		user: locals.user,
		organisation: organisation
			? {
					nameAr: organisation.nameAr,
					nameEn: organisation.nameEn,
					timeZone: organisation.timeZone,
					isDemo: organisation.isDemo
				}
			: null
	};
};
