import { describe, expect, it } from 'vitest';
import { defaultSurveyQuestions } from '$lib/server/demo/catalog';
import { parseQuestionSet, questionSetSchema } from './survey-questions';

const csat = { key: 'csat', type: 'csat', required: true, text_ar: 'رضا', text_en: 'Satisfaction' };

describe('question sets', () => {
	it('accepts the demo survey', () => {
		expect(parseQuestionSet(JSON.stringify(defaultSurveyQuestions))).toHaveLength(4);
	});

	it('refuses duplicate keys, a second csat and a csat under another key', () => {
		expect(questionSetSchema.safeParse([csat, csat]).success).toBe(false);
		expect(questionSetSchema.safeParse([{ ...csat, key: 'rating' }]).success).toBe(false);
	});

	it('wants two unique options on choice questions and none elsewhere', () => {
		const choice = { key: 'visit', type: 'single', required: false, text_ar: 'ز', text_en: 'V' };
		const option = (value: string) => ({ value, text_ar: value, text_en: value });
		expect(questionSetSchema.safeParse([{ ...choice, options: [option('a')] }]).success).toBe(
			false
		);
		expect(
			questionSetSchema.safeParse([{ ...choice, options: [option('a'), option('a')] }]).success
		).toBe(false);
		expect(
			questionSetSchema.safeParse([{ ...choice, options: [option('a'), option('b')] }]).success
		).toBe(true);
		expect(
			questionSetSchema.safeParse([{ ...csat, options: [option('a'), option('b')] }]).success
		).toBe(false);
	});

	it('keeps the comment key for text', () => {
		expect(questionSetSchema.safeParse([{ ...csat, key: 'comment', type: 'single' }]).success).toBe(
			false
		);
	});
});
