import { describe, expect, it } from 'vitest';
import { compileLexicon, countThemes, themesOf } from './themes';

const themes = compileLexicon({
	themes: [
		{ code: 'waiting', ar: 'الانتظار', en: 'Waiting', words: ['الانتظار', 'تأخر', 'wait'] },
		{ code: 'website', ar: 'الموقع', en: 'Website', words: ['الموقع الإلكتروني', 'موقع'] }
	]
});

describe('comment themes', () => {
	it('match words after Arabic normalisation, whatever the hamza or diacritics', () => {
		expect(themesOf('تاخر الرد كثيراً', themes)).toEqual(['waiting']);
		expect(themesOf('الانْتِظار طويل', themes)).toEqual(['waiting']);
		expect(themesOf('The WAIT was long', themes)).toEqual(['waiting']);
	});

	it('match phrases and do not match inside other words', () => {
		expect(themesOf('الموقع الالكتروني لا يعمل', themes)).toEqual(['website']);
		expect(themesOf('مواقع التواصل', themes)).toEqual([]);
	});

	it('see a word behind a joined و, ف, ب or ل', () => {
		expect(themesOf('وتأخر الرد', themes)).toEqual(['waiting']);
		expect(themesOf('بالموقع', themes)).toEqual([]);
	});

	it('count each comment once per theme, most frequent first', () => {
		expect(countThemes(['تأخر تأخر الانتظار', 'موقع بطيء وتأخر', 'شكراً'], themes)).toEqual([
			{ code: 'waiting', count: 2 },
			{ code: 'website', count: 1 }
		]);
	});
});
