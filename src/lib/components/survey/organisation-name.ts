// The association's name in the page's language, as the public survey pages show it (empty when
// the store has no organisation yet).
import type { Language } from '$lib/i18n/preferences';

export function organisationName(
	organisation: { nameAr: string; nameEn: string } | null | undefined,
	lang: Language
): string {
	if (!organisation) return '';
	return lang === 'ar' ? organisation.nameAr : organisation.nameEn;
}
