// Every message catalogue: both languages have the same keys, every ICU message parses, and every
// plural has the forms its language needs (Arabic six, English two).
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { authCatalogue } from './auth-messages';
import {
	actionCatalogue,
	commentCatalogue,
	dashboardCatalogue,
	dashboardMessages
} from './dashboard-messages';
import { isIcuMessage } from './icu';
import { fieldCatalogue } from './field-messages';
import { firstHourCatalogue } from './first-hour-messages';
import { ingestCatalogue } from './ingest-messages';
import { kioskCatalogue } from './kiosk-messages';
import { appCatalogue } from './messages';
import { periodCatalogue } from './period-messages';
import { metricsCatalogue, metricsErrorText, type MetricsErrorDetail } from './metrics-messages';
import { reportCatalogue, reportMessages, reportPageCatalogue } from './report-messages';
import { requestCatalogue } from './request-messages';
import { statusCatalogue } from './status-messages';
import { storageCatalogue } from './storage-messages';
import { posterText, surveyManageCatalogue } from './survey-manage-messages';
import { surveyCatalogue } from './survey-messages';

const catalogues: Record<string, { ar: object; en: object }> = {
	app: appCatalogue,
	auth: authCatalogue,
	dashboard: dashboardCatalogue,
	comments: commentCatalogue,
	actions: actionCatalogue,
	field: fieldCatalogue,
	firstHour: firstHourCatalogue,
	ingest: ingestCatalogue,
	kiosk: kioskCatalogue,
	metrics: metricsCatalogue,
	report: reportCatalogue,
	reportPages: reportPageCatalogue,
	status: statusCatalogue,
	request: requestCatalogue,
	storage: storageCatalogue,
	survey: surveyCatalogue,
	surveyManage: surveyManageCatalogue,
	poster: posterText,
	period: periodCatalogue
};

/** Every leaf of a catalogue with its dotted path (ICU messages are leaves). */
function leaves(value: unknown, path = ''): [string, unknown][] {
	if (isIcuMessage(value) || typeof value !== 'object' || value === null || Array.isArray(value))
		return [[path, value]];
	return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** The plural (and selectordinal) forms in an ICU source, per argument, e.g. { n: ['one', …] }. */
function pluralForms(source: string): Record<string, string[]>[] {
	const out: Record<string, string[]>[] = [];
	const walk = (elements: unknown[]) => {
		for (const el of elements as { type: number; value: string; options?: object }[]) {
			if (el.type === 6 && el.options) {
				// TYPE.plural
				out.push({ [el.value]: Object.keys(el.options) });
			}
			if (el.options)
				for (const option of Object.values(el.options) as { value: unknown[] }[])
					walk(option.value);
		}
	};
	walk(new IntlMessageFormat(source, 'en').getAst() as unknown[]);
	return out;
}

const arabicCategories = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
const englishCategories = new Intl.PluralRules('en').resolvedOptions().pluralCategories;

describe('message catalogues', () => {
	it('Arabic plural rules have the six categories the messages are written for', () => {
		expect([...arabicCategories].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
		expect([...englishCategories].sort()).toEqual(['one', 'other']);
	});

	for (const [name, { ar, en }] of Object.entries(catalogues)) {
		describe(name, () => {
			const arLeaves = new Map(leaves(ar));
			const enLeaves = new Map(leaves(en));

			it('has every key in both languages, of the same kind', () => {
				expect([...arLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
				for (const [key, value] of arLeaves) {
					const other = enLeaves.get(key);
					expect(isIcuMessage(value), key).toBe(isIcuMessage(other));
					expect(typeof value, key).toBe(typeof other);
				}
			});

			it('has ICU messages that parse, with every plural form Arabic and English need', () => {
				for (const [lang, map, categories] of [
					['ar', arLeaves, arabicCategories],
					['en', enLeaves, englishCategories]
				] as const) {
					for (const [key, value] of map) {
						if (!isIcuMessage(value)) continue;
						expect(() => new IntlMessageFormat(value.source, lang), `${lang} ${key}`).not.toThrow();
						for (const forms of pluralForms(value.source))
							for (const [arg, options] of Object.entries(forms))
								expect(options.sort(), `${lang} ${key} {${arg}}`).toEqual([...categories].sort());
					}
				}
			});

			// the English text may say more (the metrics errors list the known channels for the CLI)
			it('uses in Arabic only arguments the English message has too', () => {
				const args = (source: string) =>
					[...new Set([...source.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
				for (const [key, value] of arLeaves) {
					const other = enLeaves.get(key);
					if (isIcuMessage(value) && isIcuMessage(other))
						expect(args(other.source), key).toEqual(expect.arrayContaining(args(value.source)));
				}
			});
		});
	}
});

describe('Arabic counted phrases', () => {
	// written by hand: zero, one, two, few (3–10), many (11–99), other (100)
	it('"from n answers" in each of the six forms, with Arabic-Indic or Latin digits', () => {
		const arab = dashboardMessages('ar', 'arab').cards.answers;
		expect([0, 1, 2, 3, 11, 100].map((n) => arab({ n }))).toEqual([
			'بلا إجابات',
			'من إجابة واحدة',
			'من إجابتين',
			'من ٣ إجابات',
			'من ١١ إجابة',
			'من ١٠٠ إجابة'
		]);
		const latn = dashboardMessages('ar', 'latn').cards.answers;
		expect([3, 11, 1234].map((n) => latn({ n }))).toEqual([
			'من 3 إجابات',
			'من 11 إجابة',
			'من 1,234 إجابة'
		]);
	});

	it('English one and other', () => {
		const t = dashboardMessages('en').cards;
		expect(t.answers({ n: 1 })).toBe('from 1 answer');
		expect(t.answers({ n: 2 })).toBe('from 2 answers');
		expect(t.decided({ n: 1 })).toBe('of 1 decided request');
		expect(t.withinOf({ x: 1, n: 1 })).toBe('1 of 1 whose window has closed');
	});

	it('counted requests agree with their number', () => {
		const t = dashboardMessages('ar', 'arab').cards;
		expect(t.withinOf({ x: 3, n: 5 })).toBe('٣ من ٥ طلبات انقضت مهلتها');
		expect(t.withinOf({ x: 1, n: 1 })).toBe('١ من طلب واحد انقضت مهلته');
		expect(t.decided({ n: 40 })).toBe('من ٤٠ طلبًا بُتّ فيه');
		expect(t.windowDays({ n: 14 })).toBe('١٤ يومًا');
		expect(t.windowDays({ n: 10 })).toBe('١٠ أيام');
	});
});

describe('report methodology', () => {
	it('keeps a plain apostrophe and counts rows and runs', () => {
		const en = reportMessages('en');
		expect(en.methodWindowCalendar({ w: 14 })).toBe(
			"The research committee's review window is 14 calendar days."
		);
		expect(en.methodRejected({ rows: 1, runs: 2 })).toMatch(
			/^1 row was rejected .* 2 ingest runs;/
		);
		const ar = reportMessages('ar', 'arab');
		expect(ar.methodWindowWorking({ w: 10 })).toBe(
			'مهلة لجنة البحث ١٠ أيام عمل (دون عطلة نهاية الأسبوع والإجازات).'
		);
		expect(ar.methodRejected({ rows: 2, runs: 1 })).toBe(
			'رُفض عند الاستيراد في هذه الفترة صفّان من عملية استيراد واحدة، وحُفظت مع أسباب رفضها.'
		);
	});
});

describe('metrics errors', () => {
	it('are words in the catalogue, found by code, with the channel as a value', () => {
		const detail: MetricsErrorDetail = {
			code: 'unknown_channel',
			channel: 'fax',
			known: ['phone', 'letter']
		};
		expect(metricsErrorText(detail, 'ar')).toBe('القناة "fax" غير معروفة.');
		expect(metricsErrorText(detail, 'en')).toBe(
			'Unknown channel "fax"; known channels: phone, letter.'
		);
		expect(metricsErrorText({ code: 'no_organisation' }, 'ar')).toMatch(/جمعية/);
	});
});
