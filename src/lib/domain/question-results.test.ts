import { describe, expect, it } from 'vitest';
import { questionResults, splitChoices, type QuestionDefinition } from './question-results';

const visit: QuestionDefinition = {
	key: 'visit_reason',
	type: 'single',
	text_ar: 'سبب الزيارة',
	text_en: 'Reason for the visit',
	options: [
		{ value: 'aid', text_ar: 'مساعدة', text_en: 'Aid' },
		{ value: 'inquiry', text_ar: 'استفسار', text_en: 'Inquiry' },
		{ value: 'other', text_ar: 'أخرى', text_en: 'Other' }
	]
};
const heard: QuestionDefinition = {
	key: 'heard_from',
	type: 'multiple',
	text_ar: 'كيف عرفت عنا',
	text_en: 'How did you hear of us',
	options: [
		{ value: 'friend', text_ar: 'صديق', text_en: 'Friend' },
		{ value: 'social', text_ar: 'التواصل', text_en: 'Social media' }
	]
};
const definitions = new Map([
	[visit.key, visit],
	[heard.key, heard]
]);

describe('question results', () => {
	it('gives each option its count and share, in the definition order, unanswered options at 0', () => {
		const [result] = questionResults(
			[
				{ question: 'visit_reason', value: 'inquiry', answers: 6 },
				{ question: 'visit_reason', value: 'aid', answers: 2 }
			],
			definitions,
			5
		);
		expect(result).toMatchObject({ key: 'visit_reason', type: 'single', n: 8, suppressed: false });
		expect(result!.options).toEqual([
			{ value: 'aid', text_ar: 'مساعدة', text_en: 'Aid', count: 2, percent: 25 },
			{ value: 'inquiry', text_ar: 'استفسار', text_en: 'Inquiry', count: 6, percent: 75 },
			{ value: 'other', text_ar: 'أخرى', text_en: 'Other', count: 0, percent: 0 }
		]);
	});

	it('counts each choice of a multiple-choice answer against the people who answered', () => {
		const [result] = questionResults(
			[
				{ question: 'heard_from', value: '["friend","social"]', answers: 3 },
				{ question: 'heard_from', value: 'friend', answers: 2 }
			],
			definitions,
			5
		);
		expect(result!.n).toBe(5);
		expect(result!.options!.map((o) => [o.value, o.count, o.percent])).toEqual([
			['friend', 5, 100],
			['social', 3, 60]
		]);
	});

	it('reports only the count of a small group or of one with no answers scored', () => {
		const counts = [
			{ question: 'visit_reason', value: 'aid', answers: 4 },
			{ question: 'heard_from', value: 'friend', answers: 9 }
		];
		const results = questionResults(counts, definitions, 5, new Map([['heard_from', []]]));
		expect(results).toEqual([
			expect.objectContaining({ key: 'visit_reason', n: 4, suppressed: true, options: null }),
			expect.objectContaining({ key: 'heard_from', n: 9, suppressed: true, options: null })
		]);
	});

	it('gives option figures over the scored answers and the count over all', () => {
		const counts = [
			{ question: 'heard_from', value: 'friend', answers: 9 },
			{ question: 'heard_from', value: 'social', answers: 3 }
		];
		const scored = new Map([
			['heard_from', [{ question: 'heard_from', value: 'friend', answers: 6 }]]
		]);
		const [result] = questionResults(counts, definitions, 5, scored);
		expect(result).toMatchObject({ n: 12, scored_n: 6, suppressed: false });
		expect(result!.options!.find((o) => o.value === 'friend')).toMatchObject({
			count: 6,
			percent: 100
		});
	});

	it('reads an undefined question as categories up to 12 values, else as free text', () => {
		const few = Array.from({ length: 3 }, (_, i) => ({
			question: 'region',
			value: `r${i}`,
			answers: 5
		}));
		const many = Array.from({ length: 13 }, (_, i) => ({
			question: 'note',
			value: `text ${i}`,
			answers: 1
		}));
		const results = questionResults([...few, ...many], definitions, 5);
		expect(results.find((r) => r.key === 'region')).toMatchObject({ type: 'other', n: 15 });
		expect(results.find((r) => r.key === 'region')!.options).toHaveLength(3);
		expect(results.find((r) => r.key === 'note')).toMatchObject({ n: 13, options: null });
	});

	it('splits stored choices written as JSON or with separators', () => {
		expect(splitChoices('["a","b","a"]')).toEqual(['a', 'b']);
		expect(splitChoices('a; b|c ، d,e')).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(splitChoices('[not json')).toEqual(['[not json']);
	});
});
