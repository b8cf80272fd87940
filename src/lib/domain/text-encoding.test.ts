import { describe, expect, it } from 'vitest';
import { detectEncoding, isUtf8Prefix } from './text-encoding';

const text = 'id,channel,type,received_at\nA-1,هاتف,استفسار,2026-11-22 10:00\n';

function utf16be(s: string): Uint8Array {
	const le = Buffer.from(s, 'utf16le');
	const out = Buffer.alloc(le.length);
	for (let i = 0; i < le.length; i += 2) {
		out[i] = le[i + 1]!;
		out[i + 1] = le[i]!;
	}
	return out;
}

describe('detectEncoding', () => {
	it('reads byte-order marks', () => {
		expect(detectEncoding(Buffer.from('\ufeff' + text))).toEqual({ encoding: 'utf-8', bom: true });
		expect(detectEncoding(Buffer.from('\ufeff' + text, 'utf16le'))).toEqual({
			encoding: 'utf-16le',
			bom: true
		});
		expect(detectEncoding(utf16be('\ufeff' + text))).toEqual({ encoding: 'utf-16be', bom: true });
	});

	it('finds UTF-16 without a mark by its zero bytes, even mostly Arabic', () => {
		expect(detectEncoding(Buffer.from(text, 'utf16le')).encoding).toBe('utf-16le');
		expect(detectEncoding(utf16be(text)).encoding).toBe('utf-16be');
		const arabic = 'رقم,قناة,نوع,تاريخ\nأ١,هاتف,استفسار,٢٠٢٦\n';
		expect(detectEncoding(Buffer.from(arabic, 'utf16le')).encoding).toBe('utf-16le');
	});

	it('tells UTF-8 from Windows-1256', () => {
		expect(detectEncoding(Buffer.from(text))).toEqual({ encoding: 'utf-8', bom: false });
		// «هاتف» in Windows-1256
		const cp1256 = Buffer.from([0x69, 0x64, 0x2c, 0xe5, 0xc7, 0xca, 0xdd, 0x0a]);
		expect(detectEncoding(cp1256).encoding).toBe('windows-1256');
		expect(new TextDecoder('windows-1256').decode(cp1256)).toBe('id,هاتف\n');
	});

	it('allows a character cut off at the end of the sample', () => {
		const bytes = Buffer.from('هاتف');
		expect(isUtf8Prefix(bytes.subarray(0, 3))).toBe(true);
		expect(isUtf8Prefix(Buffer.from([0xe5, 0x41]))).toBe(false);
	});
});
