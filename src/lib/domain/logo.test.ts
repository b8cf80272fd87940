import { describe, expect, it } from 'vitest';
import { checkLogo, LOGO_MAX_BYTES } from './logo';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const text = (s: string) => new TextEncoder().encode(s);

describe('checkLogo', () => {
	it('accepts PNG and JPEG by their first bytes', () => {
		expect(checkLogo(png)).toEqual({ ok: true, type: 'image/png' });
		expect(checkLogo(jpeg)).toEqual({ ok: true, type: 'image/jpeg' });
	});

	it.each([
		[
			'an SVG (it can carry script)',
			text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
		],
		['HTML named logo.png', text('<!doctype html><script>alert(1)</script>')],
		['a GIF', text('GIF89a....')],
		['half a PNG signature', png.subarray(0, 4)]
	])('refuses %s', (_, bytes) => {
		expect(checkLogo(bytes)).toEqual({ ok: false, problem: 'notImage' });
	});

	it('refuses an empty file and one over 512 KB', () => {
		expect(checkLogo(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
		const big = new Uint8Array(LOGO_MAX_BYTES + 1);
		big.set(png);
		expect(checkLogo(big)).toEqual({ ok: false, problem: 'tooLarge' });
		expect(checkLogo(big.subarray(0, LOGO_MAX_BYTES))).toEqual({ ok: true, type: 'image/png' });
	});
});
