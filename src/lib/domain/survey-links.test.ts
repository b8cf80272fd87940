import { describe, expect, it } from 'vitest';
import { fileNamePart, surveyLink, tokenLinksCsv } from './survey-links';

describe('survey links', () => {
	it('adds the channel and the branch only when given', () => {
		expect(surveyLink('https://x.sa/', 'satisfaction')).toBe('https://x.sa/s/satisfaction');
		expect(surveyLink('https://x.sa', 'satisfaction', { channel: 'letter' })).toBe(
			'https://x.sa/s/satisfaction?c=letter'
		);
		expect(surveyLink('https://x.sa', 'sat', { channel: 'in_person', branch: 'baqaa' })).toBe(
			'https://x.sa/s/sat?c=in_person&b=baqaa'
		);
		expect(surveyLink('https://x.sa', 'sat', { channel: null, branch: 'hail' })).toBe(
			'https://x.sa/s/sat?b=hail'
		);
	});

	it('makes file name parts safe', () => {
		expect(fileNamePart('استبانة رضا / 2026')).toBe('استبانة-رضا-2026');
		expect(fileNamePart('../..')).toBe('survey');
	});
});

describe('the one-time links CSV', () => {
	it('has a BOM, a header, CRLF lines, and quotes what needs quoting', () => {
		const csv = tokenLinksCsv([
			{ interactionId: 'INT-1', link: 'https://x.sa/s/a/t/abc' },
			{ interactionId: 'طلب,٢', link: 'https://x.sa/s/a/t/def' },
			{ interactionId: '=cmd()', link: 'https://x.sa/s/a/t/ghi' }
		]);
		expect(csv.startsWith('\uFEFFinteraction_id,link\r\n')).toBe(true);
		expect(csv.split('\r\n')).toEqual([
			'\uFEFFinteraction_id,link',
			'INT-1,https://x.sa/s/a/t/abc',
			'"طلب,٢",https://x.sa/s/a/t/def',
			"'=cmd(),https://x.sa/s/a/t/ghi",
			''
		]);
	});

	it('is just the header when there are no links', () => {
		expect(tokenLinksCsv([])).toBe('\uFEFFinteraction_id,link\r\n');
	});
});
