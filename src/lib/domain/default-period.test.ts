import { describe, expect, it } from 'vitest';
import {
	defaultPresetChoices,
	lastCompleteMonth,
	organisationDefaultPreset,
	readRememberedPeriod,
	rememberPeriod,
	withDefaultPeriod
} from './default-period';

describe('the period the dashboard opens on', () => {
	it('is the previous month on the 2nd of a month', () => {
		expect(lastCompleteMonth(new Date('2026-12-02T09:00:00Z'), 'Asia/Riyadh')).toEqual({
			from: '2026-11-01',
			to: '2026-11-30',
			key: '2026-11'
		});
	});

	it('is the previous month on the 1st, and across a year', () => {
		expect(lastCompleteMonth(new Date('2027-01-01T12:00:00Z'), 'Asia/Riyadh')).toEqual({
			from: '2026-12-01',
			to: '2026-12-31',
			key: '2026-12'
		});
	});

	it("follows the organisation's time zone near midnight UTC", () => {
		// 22:30 UTC on 30 November is already 1 December, 01:30, in Riyadh (UTC+3)
		const now = new Date('2026-11-30T22:30:00Z');
		expect(lastCompleteMonth(now, 'Asia/Riyadh').key).toBe('2026-11');
		expect(lastCompleteMonth(now, 'UTC').key).toBe('2026-10');
	});

	it('takes the URL period over a remembered one, and the remembered one over the default', () => {
		const remembered = 'period=this-quarter';
		const url = withDefaultPeriod(
			new URLSearchParams('period=this-year&channel=phone'),
			remembered
		);
		expect(url.get('period')).toBe('this-year');
		const typed = withDefaultPeriod(
			new URLSearchParams('from=2026-01-01&to=2026-01-31'),
			remembered
		);
		expect(typed.get('period')).toBeNull();
		const kept = withDefaultPeriod(new URLSearchParams('channel=phone'), remembered);
		expect(kept.toString()).toBe('channel=phone&period=this-quarter');
		expect(withDefaultPeriod(new URLSearchParams(''), undefined).toString()).toBe(
			'period=last-month'
		);
	});

	it('remembers custom dates, and ignores a cookie that is no period', () => {
		const custom = rememberPeriod({ period: 'custom', from: '2026-01-01', to: '2026-03-31' });
		expect(withDefaultPeriod(new URLSearchParams(''), custom).toString()).toBe(
			'period=custom&from=2026-01-01&to=2026-03-31'
		);
		expect(rememberPeriod({ period: 'last-month', from: '2026-01-01' })).toBe('period=last-month');
		for (const bad of [
			'period=forever',
			'period=custom&from=x&to=y',
			'junk',
			'',
			'a'.repeat(300)
		]) {
			expect(readRememberedPeriod(bad)).toBeNull();
			expect(withDefaultPeriod(new URLSearchParams(''), bad).get('period')).toBe('last-month');
		}
	});

	it("opens on the association's chosen default when neither the URL nor a cookie names one", () => {
		const fallback = organisationDefaultPreset('last-12-months');
		expect(fallback).toBe('last-12-months');
		expect(withDefaultPeriod(new URLSearchParams('branch=x'), undefined, fallback).toString()).toBe(
			'branch=x&period=last-12-months'
		);
		// a bad cookie falls back to the setting, not to the last complete month
		expect(withDefaultPeriod(new URLSearchParams(''), 'junk', fallback).get('period')).toBe(
			'last-12-months'
		);
		// the remembered choice and the URL still win over the setting
		expect(
			withDefaultPeriod(new URLSearchParams(''), 'period=this-quarter', fallback).get('period')
		).toBe('this-quarter');
		expect(
			withDefaultPeriod(new URLSearchParams('period=this-year'), undefined, fallback).get('period')
		).toBe('this-year');
	});

	it('offers every preset of the filter but custom dates, and reads a bad setting as the default', () => {
		expect(defaultPresetChoices).toContain('last-month');
		expect(defaultPresetChoices).toContain('this-month');
		expect(defaultPresetChoices).toContain('last-12-months');
		expect(defaultPresetChoices).not.toContain('custom');
		for (const stored of [null, undefined, '', 'custom', 'forever']) {
			expect(organisationDefaultPreset(stored)).toBe('last-month');
		}
	});
});
