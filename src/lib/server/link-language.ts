// A shared link may name its language (`?lang=en`, `?lang=ar`): the page opens in it, and the
// language preference is saved as the preference form saves it (src/routes/preferences), so the
// next pages follow. The public survey's links only choose the page's language: a beneficiary is
// never given a cookie.
import type { RequestEvent } from '@sveltejs/kit';
import type { Language } from '$lib/i18n/preferences';

const oneYear = 60 * 60 * 24 * 365;

/**
 * The language a URL names, if any; saved as the person's preference outside the survey. A kiosk
 * (/k/<token>) is Arabic unless its URL names English, whatever the tablet's browser kept: the next
 * person never inherits the language of the one before.
 */
export function linkLanguage(
	event: Pick<RequestEvent, 'url' | 'route' | 'cookies'>
): Language | undefined {
	const lang = event.url.searchParams.get('lang');
	const kiosk = event.route.id?.startsWith('/(public)/k/') ?? false;
	if (lang !== 'ar' && lang !== 'en') return kiosk ? 'ar' : undefined;
	// a survey, a field phone or a kiosk: the link's language sets no cookie
	const survey = kiosk || /^\/\(public\)\/[sf]\//.test(event.route.id ?? '');
	if (!survey && event.cookies.get('lang') !== lang) {
		event.cookies.set('lang', lang, {
			path: '/',
			maxAge: oneYear,
			httpOnly: true,
			sameSite: 'lax'
		});
	}
	return lang;
}
