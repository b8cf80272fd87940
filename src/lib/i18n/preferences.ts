// A person's display preferences: language, digits and calendar, kept in cookies.
import { z } from 'zod';

export const languages = ['ar', 'en'] as const;
export type Language = (typeof languages)[number];

export const digitSystems = ['arab', 'latn'] as const;
export type Digits = (typeof digitSystems)[number];

export const calendars = ['hijri', 'gregory'] as const;
export type Calendar = (typeof calendars)[number];

export interface Preferences {
	lang: Language;
	digits: Digits;
	calendar: Calendar;
}

export const preferencesSchema = z.object({
	lang: z.enum(languages).optional(),
	digits: z.enum(digitSystems).optional(),
	calendar: z.enum(calendars).optional()
});

/** Defaults: Arabic with Arabic-Indic digits and the Hijri calendar; English with Latin digits. */
export function resolvePreferences(
	stored: Partial<Record<keyof Preferences, string | undefined>>,
	defaultLang: Language = 'ar'
): Preferences {
	const parsed = preferencesSchema.safeParse(stored);
	const values = parsed.success ? parsed.data : {};
	const lang = values.lang ?? defaultLang;
	return {
		lang,
		digits: values.digits ?? (lang === 'ar' ? 'arab' : 'latn'),
		calendar: values.calendar ?? (lang === 'ar' ? 'hijri' : 'gregory')
	};
}

export function direction(lang: Language): 'rtl' | 'ltr' {
	return lang === 'ar' ? 'rtl' : 'ltr';
}
