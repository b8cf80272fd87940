import { describe, expect, it } from 'vitest';
import {
	addQuestion,
	applyEdit,
	checkQuestions,
	fromQuestionSet,
	readEditorForm,
	toQuestionSet,
	withOptionRows,
	type EditableQuestion
} from './survey-editor';

const q = (key: string, type: string, extra: Partial<EditableQuestion> = {}): EditableQuestion => ({
	key,
	type,
	required: false,
	text_ar: `سؤال ${key}`,
	text_en: `Question ${key}`,
	options: [],
	...extra
});
const option = (value: string) => ({ value, text_ar: `خيار ${value}`, text_en: `Option ${value}` });
const keys = (list: EditableQuestion[] | undefined) => list?.map((x) => x.key);

describe('reading the editor form', () => {
	it('builds questions and options in index order and closes gaps', () => {
		const list = readEditorForm([
			['q5_key', 'visit'],
			['q5_type', 'single'],
			['q5_text_ar', 'الزيارة'],
			['q5_text_en', 'Visit'],
			['q5_o3_value', 'b'],
			['q5_o3_text_ar', 'ب'],
			['q5_o3_text_en', 'B'],
			['q5_o0_value', 'a'],
			['q5_o0_text_ar', 'أ'],
			['q5_o0_text_en', 'A'],
			['q0_type', 'csat'],
			['q0_required', 'on'],
			['q0_text_ar', 'رضا'],
			['q0_text_en', 'Satisfaction'],
			['unrelated', 'x'],
			['q100_key', 'ignored']
		]);
		expect(list).toEqual([
			{
				key: '',
				type: 'csat',
				required: true,
				text_ar: 'رضا',
				text_en: 'Satisfaction',
				options: []
			},
			{
				key: 'visit',
				type: 'single',
				required: false,
				text_ar: 'الزيارة',
				text_en: 'Visit',
				options: [
					{ value: 'a', text_ar: 'أ', text_en: 'A' },
					{ value: 'b', text_ar: 'ب', text_en: 'B' }
				]
			}
		]);
	});

	it('round-trips a stored set through the cleaning step', () => {
		const stored = [
			{ key: 'csat', type: 'csat' as const, required: true, text_ar: 'ر', text_en: 'S' },
			{
				key: 'visit',
				type: 'multiple' as const,
				required: false,
				text_ar: 'ز',
				text_en: 'V',
				options: [option('a'), option('b')]
			}
		];
		expect(toQuestionSet(fromQuestionSet(stored))).toEqual(stored);
	});

	it('keys scale questions by their type, drops options off non-choice and blank option rows', () => {
		const cleaned = toQuestionSet([
			q('anything', 'nps', { options: [option('x')] }),
			q('q1', 'single', {
				options: [option('a'), { value: 'o9', text_ar: ' ', text_en: '' }, option('b')]
			}),
			q(' q2 ', 'text', { text_ar: '  نص  ' })
		]) as Record<string, unknown>[];
		expect(cleaned[0]).toEqual({
			key: 'nps',
			type: 'nps',
			required: false,
			text_ar: 'سؤال anything',
			text_en: 'Question anything'
		});
		expect((cleaned[1]!.options as unknown[]).length).toBe(2);
		expect(cleaned[2]).toMatchObject({ key: 'q2', text_ar: 'نص' });
		expect(cleaned[2]).not.toHaveProperty('options');
	});
});

describe('editing steps', () => {
	const list = [q('csat', 'csat'), q('q1', 'single', { options: [option('a'), option('b')] })];

	it('adds questions with free keys; a choice starts with two empty options', () => {
		const added = addQuestion(addQuestion(list, 'text'), 'multiple');
		expect(keys(added)).toEqual(['csat', 'q1', 'q2', 'q3']);
		expect(added[3]!.options).toEqual([
			{ value: 'o1', text_ar: '', text_en: '' },
			{ value: 'o2', text_ar: '', text_en: '' }
		]);
		expect(keys(addQuestion(list, 'nps'))).toEqual(['csat', 'q1', 'nps']);
		expect(applyEdit(list, 'add', { target: 'new', type: 'ces' })?.at(-1)?.key).toBe('ces');
		expect(applyEdit(list, 'add', { target: 'new', type: 'essay' })).toBeUndefined();
		expect(applyEdit(list, 'add', { target: 'new' })).toBeUndefined();
	});

	it('removes and moves questions', () => {
		expect(keys(applyEdit(list, 'remove', { target: 'q0' }))).toEqual(['q1']);
		expect(keys(applyEdit(list, 'up', { target: 'q1' }))).toEqual(['q1', 'csat']);
		// the first question stays first
		expect(keys(applyEdit(list, 'up', { target: 'q0' }))).toEqual(['csat', 'q1']);
		expect(applyEdit(list, 'remove', { target: 'q2' })).toBeUndefined();
		expect(applyEdit(list, 'remove', { target: 'x' })).toBeUndefined();
		expect(applyEdit(list, 'up', {})).toBeUndefined();
	});

	it('adds, removes and moves options of choice questions only', () => {
		const values = (l: EditableQuestion[] | undefined) => l?.[1]!.options.map((o) => o.value);
		expect(values(applyEdit(list, 'add', { target: 'q1' }))).toEqual(['a', 'b', 'o1']);
		expect(values(applyEdit(list, 'remove', { target: 'q1o0' }))).toEqual(['b']);
		expect(values(applyEdit(list, 'up', { target: 'q1o1' }))).toEqual(['b', 'a']);
		expect(applyEdit(list, 'add', { target: 'q0' })).toBeUndefined();
		expect(applyEdit(list, 'remove', { target: 'q1o2' })).toBeUndefined();
		expect(applyEdit(list, 'add', { target: 'q1o0' })).toBeUndefined();
	});

	it('never changes the list it was given', () => {
		const before = JSON.stringify(list);
		applyEdit(list, 'up', { target: 'q1' });
		applyEdit(list, 'remove', { target: 'q1o0' });
		applyEdit(list, 'add', { target: 'q1' });
		expect(JSON.stringify(list)).toBe(before);
	});

	it('shows two option rows on a question just made a choice', () => {
		const shown = withOptionRows([q('q1', 'single'), q('q2', 'text')]);
		expect(shown[0]!.options.map((o) => o.value)).toEqual(['o1', 'o2']);
		expect(shown[1]!.options).toEqual([]);
	});
});

describe('checking a question set', () => {
	it('accepts a valid set and returns it cleaned', () => {
		const result = checkQuestions([
			q('x', 'csat', { required: true }),
			q('q1', 'single', { options: [option('a'), option('b')] })
		]);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.questions.map((x) => x.key)).toEqual(['csat', 'q1']);
	});

	it('places each problem on its question, option and field', () => {
		const result = checkQuestions([
			q('csat', 'csat', { text_ar: '' }),
			q('Bad Key', 'text'),
			q('q1', 'single', {
				options: [
					{ value: 'A B', text_ar: 'أ', text_en: 'A' },
					{ value: 'b', text_ar: '', text_en: 'B' }
				]
			}),
			q('q2', 'multiple', { options: [option('a')] }),
			q('q3', 'essay'),
			q('q4', 'text', { text_en: 'x'.repeat(501) })
		]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual(
			expect.arrayContaining([
				{ code: 'required', question: 0, option: undefined, field: 'text_ar' },
				{ code: 'bad_key', question: 1, option: undefined, field: 'key' },
				{ code: 'bad_option_value', question: 2, option: 0, field: 'value' },
				{ code: 'required', question: 2, option: 1, field: 'text_ar' },
				{ code: 'choice_needs_options', question: 3, option: undefined, field: 'options' },
				{ code: 'bad_type', question: 4, option: undefined, field: 'type' },
				{ code: 'too_long', question: 5, option: undefined, field: 'text_en' }
			])
		);
	});

	it('reports the set rules on the questions concerned even while others are incomplete', () => {
		const result = checkQuestions([
			q('csat', 'csat'),
			q('q1', 'text', { text_ar: '' }),
			q('x', 'csat'),
			q('q5', 'text'),
			q('q5', 'single', { options: [option('a'), option('a')] }),
			q('comment', 'single', { options: [option('a'), option('b')] })
		]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const codes = result.errors.map((e) => `${e.code}@${e.question ?? '-'}`);
		expect(codes).toEqual(
			expect.arrayContaining([
				'one_per_type@2',
				'duplicate_key@3',
				'duplicate_key@4',
				'duplicate_option_value@4',
				'comment_text@5',
				'required@1'
			])
		);
		expect(result.errors.find((e) => e.code === 'one_per_type')?.type).toBe('csat');
		// two csat questions share the key csat: said once, as "one of this type"
		expect(codes).not.toContain('duplicate_key@0');
		expect(codes).not.toContain('duplicate_key@2');
	});

	it('places the set rules when every question is valid on its own', () => {
		const result = checkQuestions([q('q1', 'text'), q('q1', 'text')]);
		expect(result.ok ? [] : result.errors).toEqual([
			{ code: 'duplicate_key', question: 0, field: 'key' },
			{ code: 'duplicate_key', question: 1, field: 'key' }
		]);
	});

	it('wants at least one question and at most thirty', () => {
		const none = checkQuestions([]);
		expect(none.ok ? [] : none.errors).toEqual([{ code: 'no_questions' }]);
		const many = checkQuestions(Array.from({ length: 31 }, (_, i) => q(`q${i}`, 'text')));
		expect(many.ok ? [] : many.errors).toEqual([{ code: 'too_many_questions' }]);
	});
});
