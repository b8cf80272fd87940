import { describe, expect, it } from 'vitest';
import { interactionColumns, suggestMapping } from './ingest-columns';
import { sampleHeaders, sampleInteractionsCsv, sampleRows } from './sample-log';

describe('the sample interaction log', () => {
	const text = sampleInteractionsCsv('2026-12-03');
	const lines = text.slice(1).split('\r\n');

	it('is UTF-8 text with a byte-order mark and CRLF lines, one header and twelve rows', () => {
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(lines.filter(Boolean)).toHaveLength(13);
	});

	it('has every canonical column, headed in Arabic, and the ingest suggests each one', () => {
		const headers = lines[0]!.split(',');
		expect(headers).toEqual(interactionColumns.map((c) => sampleHeaders[c]));
		for (const header of headers) expect(header).toMatch(/^[\u0600-\u06ff ]+$/);
		const mapping = suggestMapping('interactions', headers);
		for (const column of interactionColumns) {
			expect(mapping.columns[column], column).toBe(sampleHeaders[column]);
		}
	});

	it('dates every row in the 30 days before the day given, decisions after receipt', () => {
		for (const row of sampleRows('2026-12-03')) {
			const received = row.received_at.slice(0, 10);
			expect(received >= '2026-11-03' && received < '2026-12-03', row.id).toBe(true);
			if (row.decided_at) expect(row.decided_at > row.received_at, row.id).toBe(true);
			if (row.closed_at) expect(row.closed_at > row.received_at, row.id).toBe(true);
		}
		expect(sampleRows('2027-03-01')[0]!.received_at.slice(0, 10)).toBe('2027-02-01');
	});
});
