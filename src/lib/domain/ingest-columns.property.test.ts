// Property-based tests of column matching on arbitrary and hostile headers and values (thousands of
// cases): never a crash, a suggestion only names headers the file has, each header at most once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzText, pureRuns } from '../../../tests/helpers/fuzz-text';
import { normalizeArabic } from './arabic';
import {
	answerHeaders,
	canonicalColumns,
	channelMatcher,
	headersText,
	matchDecision,
	matchType,
	missingRequired,
	requiredColumns,
	suggestMapping,
	unknownHeaders,
	type IngestKind
} from './ingest-columns';

const kinds: IngestKind[] = ['interactions', 'responses'];

const header = fc.oneof(
	...fuzzText(
		'id',
		'ID',
		'رقم الطلب',
		'القناة',
		'قناة التواصل',
		'Timestamp',
		'الطابع الزمني',
		'received_at',
		'ما مدى رضاك عن الخدمة؟',
		'ما مدى احتمال أن توصي بنا؟',
		'Email Address',
		'الاسم',
		'_submission_time',
		"'; drop table interaction; --",
		'<script>alert(1)</script>',
		'\u0000',
		'ـــ',
		'  id  '
	)
);
const headers = fc.array(header, { maxLength: 12 });

describe('column mapping on arbitrary headers', () => {
	it.each(kinds)('suggests for %s only headers the file has, each once', (kind) => {
		fc.assert(
			fc.property(headers, (list) => {
				const mapping = suggestMapping(kind, list);
				const used = Object.values(mapping.columns).filter((h): h is string => !!h);
				for (const h of used) expect(list).toContain(h);
				expect(new Set(used).size).toBe(used.length);
				for (const column of Object.keys(mapping.columns)) {
					expect(canonicalColumns(kind)).toContain(column);
				}
				expect(unknownHeaders(mapping, list)).toEqual([]);
				for (const h of mapping.ignore ?? []) expect(used).not.toContain(h);
				// every header ends as exactly one of: mapped, ignored or kept as an answer
				const answers = answerHeaders(mapping, list);
				for (const h of list) {
					const roles = [used.includes(h), (mapping.ignore ?? []).includes(h), answers.includes(h)];
					expect(roles.filter(Boolean).length).toBe(1);
				}
				const missing = missingRequired(kind, mapping);
				for (const column of requiredColumns(kind)) {
					expect(missing.includes(column)).toBe(!mapping.columns[column]);
				}
			}),
			{ numRuns: pureRuns }
		);
	});

	it('gives the same signature for the same headers in any order and spelling of hamza', () => {
		fc.assert(
			fc.property(headers, fc.integer(), (list, seed) => {
				const shuffled = [...list].sort(
					(a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7)
				);
				expect(headersText(shuffled)).toBe(headersText(list));
				const respelled = list.map((h) => h.replace(/أ|إ|آ/g, 'ا'));
				expect(headersText(respelled)).toBe(headersText(list));
			}),
			{ numRuns: pureRuns }
		);
	});
});

describe('value matching on arbitrary values', () => {
	const channels = channelMatcher([
		{
			code: 'phone',
			name_ar: 'الاتصالات الهاتفية',
			name_en: 'Phone calls',
			aliases: ['هاتف', 'جوال']
		},
		{ code: 'website', name_ar: 'الموقع الإلكتروني للجمعية', name_en: 'Website', aliases: [] }
	]);

	it('answers a known code or null, and the same for any spelling normalisation treats alike', () => {
		fc.assert(
			fc.property(header, (value) => {
				const type = matchType(value);
				const decision = matchDecision(value);
				const channel = channels(value);
				expect([null, 'inquiry', 'support_request', 'complaint', 'suggestion']).toContain(type);
				expect([null, 'approved', 'rejected', 'pending']).toContain(decision);
				expect([null, 'phone', 'website']).toContain(channel);
				const normal = normalizeArabic(value);
				expect(matchType(normal)).toBe(type);
				expect(matchDecision(normal)).toBe(decision);
				expect(channels(normal)).toBe(channel);
			}),
			{ numRuns: pureRuns }
		);
	});
});
