import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './arabic';
import { declaresHijri, withoutCalendarWord } from './hijri-columns';

describe('declaresHijri', () => {
	it('finds the Hijri word in Arabic and English headers', () => {
		for (const header of [
			'التاريخ الهجري',
			'تاريخ الاستلام (هجري)',
			'تاريخ الاستلام هـ',
			'تاريخ الطلب بالهجرى'.replace('بالهجرى', 'الهجرى'),
			'Hijri date',
			'received_at_hijri',
			'Date (AH)'
		]) {
			expect(declaresHijri(header), header).toBe(true);
		}
	});

	it('does not see it where there is none', () => {
		for (const header of [
			'التاريخ',
			'تاريخ الاستلام',
			'received_at',
			'Date',
			'التاريخ الميلادي',
			'hijack'
		]) {
			expect(declaresHijri(header), header).toBe(false);
		}
	});
});

describe('withoutCalendarWord', () => {
	it('leaves the header a synonym can match', () => {
		expect(withoutCalendarWord(normalizeArabic('التاريخ الهجري'))).toBe(normalizeArabic('التاريخ'));
		expect(withoutCalendarWord(normalizeArabic('تاريخ الاستلام (هـ)'))).toBe(
			normalizeArabic('تاريخ الاستلام')
		);
		expect(withoutCalendarWord(normalizeArabic('Received (Hijri)'))).toBe('received');
		expect(withoutCalendarWord(normalizeArabic('تاريخ الاستلام'))).toBe(
			normalizeArabic('تاريخ الاستلام')
		);
	});
});
