import { describe, expect, it } from 'vitest';
import { checkQuestions, type EditorErrorCode } from '../domain/survey-editor';
import { describeEditorError, surveyManageMessages } from './survey-manage-messages';

const codes: EditorErrorCode[] = [
	'no_questions',
	'too_many_questions',
	'required',
	'too_long',
	'bad_key',
	'bad_type',
	'bad_option_value',
	'choice_needs_options',
	'too_many_options',
	'duplicate_option_value',
	'duplicate_key',
	'one_per_type',
	'scale_key',
	'comment_text',
	'invalid'
];
const arabic = /[\u0600-\u06ff]/;

describe('question-editor messages', () => {
	it('word every problem in Arabic and in English, differently for each problem', () => {
		for (const lang of ['ar', 'en'] as const) {
			const texts = codes.map((code) => surveyManageMessages(lang).errors[code]);
			for (const text of texts) expect(text, lang).toBeTruthy();
			expect(new Set(texts).size).toBe(codes.length);
		}
		for (const code of codes) {
			expect(surveyManageMessages('ar').errors[code]).toMatch(arabic);
			expect(surveyManageMessages('en').errors[code]).not.toMatch(arabic);
		}
	});

	it('say where the problem is, in the person’s language', () => {
		const result = checkQuestions([
			{
				key: 'csat',
				type: 'csat',
				required: true,
				text_ar: '',
				text_en: 'Satisfied?',
				options: []
			},
			{
				key: 'visit',
				type: 'single',
				required: false,
				text_ar: 'الزيارة',
				text_en: 'Visit',
				options: [{ value: 'a', text_ar: 'أ', text_en: '' }]
			},
			{ key: 'x', type: 'csat', required: false, text_ar: 'ر', text_en: 'S', options: [] }
		]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const ar = result.errors.map((e) => describeEditorError(e, 'ar'));
		const en = result.errors.map((e) => describeEditorError(e, 'en'));
		expect(ar).toContain('السؤال 1 · النص بالعربية: هذا الحقل مطلوب.');
		expect(en).toContain('Question 1 · Arabic text: This field is required.');
		expect(en).toContain('Question 2 · Option 1 · English text: This field is required.');
		expect(en).toContain('Question 2: A choice question needs at least two options.');
		expect(en).toContain(
			'Question 3: Only one question of this type per survey. (Satisfaction (1–5))'
		);
		expect(ar).toContain('السؤال 3: سؤال واحد فقط من هذا النوع في الاستبيان. (رضا (١–٥))');
	});
});
