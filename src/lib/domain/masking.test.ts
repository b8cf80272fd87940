import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './masking';

describe('maskPersonalData', () => {
	it.each([
		['اتصلوا على 0551234567 بعد العصر', 'اتصلوا على [هاتف محجوب] بعد العصر'],
		['جوالي +966 55 123 4567', 'جوالي [هاتف محجوب]'],
		['رقمي 00966551234567.', 'رقمي [هاتف محجوب].'],
		['call 055-123-4567 please', 'call [هاتف محجوب] please'],
		['جوالي ٠٥٥١٢٣٤٥٦٧', 'جوالي [هاتف محجوب]'],
		['هاتف الجمعية 016- 5383555', 'هاتف الجمعية [هاتف محجوب]'],
		['TEL : +96614198833 - FAX', 'TEL : [هاتف محجوب] - FAX'],
		['رقم الهوية 1012345678 للتحقق', 'رقم الهوية [رقم هوية محجوب] للتحقق'],
		['الإقامة 2412345678', 'الإقامة [رقم هوية محجوب]'],
		['راسلوني على info@ajaa.sa شكرا', 'راسلوني على [بريد محجوب] شكرا'],
		['a.b+c@mail.example.com', '[بريد محجوب]']
	])('masks %s', (input, expected) => {
		expect(maskPersonalData(input).text).toBe(expected);
	});

	it('counts every item it masked, including neighbours', () => {
		const result = maskPersonalData('0551234567 0561234567 و info@x.sa و 1012345678');
		expect(result.masked).toBe(4);
		expect(result.text).toBe('[هاتف محجوب] [هاتف محجوب] و [بريد محجوب] و [رقم هوية محجوب]');
	});

	it('leaves ordinary numbers alone', () => {
		for (const text of [
			'انتظرت 14 يوما',
			'الطلب رقم 2026',
			'المبلغ 1500 ريال',
			'رقم الطلب 123456',
			'الساعة 10:30',
			'12345678901234'
		]) {
			expect(maskPersonalData(text)).toEqual({ text, masked: 0 });
		}
	});
});
