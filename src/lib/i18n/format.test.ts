import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber } from './format';
import { resolvePreferences } from './preferences';

describe('formatting', () => {
	it('writes Arabic-Indic or Latin digits as chosen', () => {
		expect(formatNumber(12345, { lang: 'ar', digits: 'arab' })).toBe('١٢٬٣٤٥');
		expect(formatNumber(12345, { lang: 'ar', digits: 'latn' })).toBe('12,345');
		expect(formatNumber(12345, { lang: 'en', digits: 'latn' })).toBe('12,345');
	});

	it('gives the Umm al-Qura date of the day in Riyadh, not in UTC', () => {
		// 22:30 UTC on the 21st is already the 22nd in Riyadh (UTC+3)
		const instant = new Date('2026-11-21T22:30:00Z');
		const hijri = formatDate(instant, {
			lang: 'en',
			digits: 'latn',
			calendar: 'hijri',
			timeZone: 'Asia/Riyadh'
		});
		const hijriUtc = formatDate(instant, {
			lang: 'en',
			digits: 'latn',
			calendar: 'hijri',
			timeZone: 'UTC'
		});
		expect(hijri).not.toBe(hijriUtc);
		expect(hijri).toMatch(/1448/);
		expect(
			formatDate(instant, {
				lang: 'en',
				digits: 'latn',
				calendar: 'gregory',
				timeZone: 'Asia/Riyadh'
			})
		).toBe('22 November 2026');
	});

	it('names the Hijri month in Arabic', () => {
		const text = formatMonth(new Date('2026-03-01T09:00:00Z'), {
			lang: 'ar',
			digits: 'arab',
			calendar: 'hijri',
			timeZone: 'Asia/Riyadh'
		});
		expect(text).toContain('رمضان');
		expect(text).toContain('١٤٤٧');
	});
});

describe('preferences', () => {
	it('defaults Arabic to Arabic-Indic digits and the Hijri calendar', () => {
		expect(resolvePreferences({})).toEqual({ lang: 'ar', digits: 'arab', calendar: 'hijri' });
		expect(resolvePreferences({ lang: 'en' })).toEqual({
			lang: 'en',
			digits: 'latn',
			calendar: 'gregory'
		});
	});

	it('ignores a tampered cookie instead of failing', () => {
		expect(resolvePreferences({ lang: 'fr', digits: 'roman' }).lang).toBe('ar');
	});
});
