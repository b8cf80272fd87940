import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './arabic';

describe('normalizeArabic', () => {
	it('matches the spellings of the same channel name', () => {
		const forms = [
			'الموقع الإلكتروني للجمعية',
			'الموقع الالكتروني',
			'الموقع الإلكترونـــي',
			'  الْمَوْقِعُ الإلكتروني  للجمعية ',
			'الموقع-الإلكتروني'
		];
		const normalised = new Set(forms.map(normalizeArabic));
		expect([...normalised]).toEqual(['الموقع الالكتروني']);
	});

	it('folds ta marbuta, alef maqsura and hamza on alef', () => {
		expect(normalizeArabic('المقابلة')).toBe(normalizeArabic('المقابله'));
		expect(normalizeArabic('مستشفى')).toBe(normalizeArabic('مستشفي'));
		expect(normalizeArabic('أإآ')).toBe('ااا');
	});

	it('reads Arabic-Indic digits and lower-cases Latin', () => {
		expect(normalizeArabic('Phone ١٢٣ ۴۵')).toBe('phone 123 45');
	});

	it('leaves unrelated words apart', () => {
		expect(normalizeArabic('الهاتف')).not.toBe(normalizeArabic('الخطابات'));
	});
});
