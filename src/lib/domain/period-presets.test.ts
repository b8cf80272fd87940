import { describe, expect, it } from 'vitest';
import { resolvePreset } from './period-presets';

// 22 November 2026 is 12 Jumada al-Akhirah 1448 (Umm al-Qura); Jumada al-Akhirah began on 11 November.
const today = '2026-11-22';

describe('period presets', () => {
	it.each([
		['this-month', { from: '2026-11-01', to: '2026-11-22', key: '2026-11' }],
		['last-month', { from: '2026-10-01', to: '2026-10-31', key: '2026-10' }],
		['this-quarter', { from: '2026-10-01', to: '2026-11-22', key: '2026-Q4' }],
		['this-year', { from: '2026-01-01', to: '2026-11-22', key: '2026' }],
		['last-12-months', { from: '2025-12-01', to: '2026-11-22', key: null }],
		['hijri-month', { from: '2026-11-11', to: '2026-11-22', key: 'H1448-06' }]
	] as const)('%s', (preset, expected) => {
		expect(resolvePreset(preset, today)).toEqual(expected);
	});

	it('gives the whole previous Hijri month (Jumada al-Ula 1448)', () => {
		const p = resolvePreset('last-hijri-month', today);
		expect(p.key).toBe('H1448-05');
		expect(p.to).toBe('2026-11-10');
	});

	it('gives the Hijri quarter holding today (months 4–6 of 1448)', () => {
		const p = resolvePreset('hijri-quarter', today);
		expect(p.key).toBe('H1448-Q2');
		expect(p.to).toBe(today);
	});
});
