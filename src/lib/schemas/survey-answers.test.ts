import { describe, expect, it } from 'vitest';
import { defaultSurveyQuestions } from '$lib/server/demo/catalog';
import {
	answerQuestions,
	answerSchema,
	formValues,
	parseAnswers,
	TEXT_MAX,
	type AnswerQuestion
} from './survey-answers';
import { parseQuestionSet } from './survey-questions';

const sid = '0b9f6a52-3c1e-4f43-9d8e-2a7c5b1e9f00';
const demo = answerSchema(answerQuestions(parseQuestionSet(defaultSurveyQuestions)), {
	channels: ['phone', 'website'],
	branches: ['hail']
});
const visit: AnswerQuestion = {
	key: 'visit',
	type: 'multiple',
	required: false,
	options: ['morning', 'evening', 'night']
};
const withChoices = answerSchema(
	[
		{ key: 'csat', type: 'csat', required: true },
		visit,
		{ key: 'place', type: 'single', required: true, options: ['home', 'office'] }
	],
	{ channels: [], branches: [] }
);

describe('survey answers', () => {
	it('reads a complete answer, with numbers for scales and the link fields', () => {
		const result = parseAnswers(demo, {
			sid,
			lang: 'en',
			channel: 'phone',
			branch: 'hail',
			q_csat: '4',
			q_nps: '10',
			q_ces: '7',
			q_comment: '  Quick and kind  '
		});
		expect(result).toEqual({
			success: true,
			data: {
				sid,
				lang: 'en',
				channel: 'phone',
				branch: 'hail',
				answers: { csat: 4, nps: 10, ces: 7, comment: 'Quick and kind' }
			}
		});
	});

	it('treats untouched optional fields as not answered', () => {
		const result = parseAnswers(demo, { sid, q_csat: '1', q_nps: '', q_comment: '   ' });
		expect(result.success && result.data.answers).toEqual({ csat: 1 });
		expect(result.success && result.data.channel).toBeNull();
	});

	it('names the field and the problem: required, out of the scale, not a choice, too long', () => {
		const result = parseAnswers(demo, {
			sid,
			channel: 'fax',
			q_nps: '11',
			q_ces: '0',
			q_comment: 'x'.repeat(TEXT_MAX + 1)
		});
		expect(result).toEqual({
			success: false,
			errors: {
				q_csat: 'required',
				q_nps: 'scale',
				q_ces: 'scale',
				q_comment: 'too_long',
				channel: 'choice'
			}
		});
		for (const bad of ['4.5', '-1', '٣', '5 ', 'five', '05']) {
			const r = parseAnswers(demo, { sid, q_csat: bad });
			// a trimmed "5 " is fine; everything else is not a point of the scale
			expect(r.success, bad).toBe(bad === '5 ' || bad === '05');
		}
	});

	it('needs the submission id the form was shown with', () => {
		expect(parseAnswers(demo, { q_csat: '3' })).toEqual({
			success: false,
			errors: { form: 'form' }
		});
		expect(parseAnswers(demo, { sid: 'not-a-uuid', q_csat: '3' })).toMatchObject({
			success: false,
			errors: { form: 'form' }
		});
	});

	it('refuses a channel or branch when the form offers none', () => {
		const result = parseAnswers(withChoices, { sid, q_csat: '3', q_place: 'home', branch: 'hail' });
		expect(result).toEqual({ success: false, errors: { branch: 'choice' } });
	});

	it('keeps multiple choices in option order, once each, and refuses unknown options', () => {
		const values = formValues(
			new URLSearchParams('sid=' + sid + '&q_csat=5&q_place=office&q_visit=night&q_visit=morning')
		);
		expect(values.q_visit).toEqual(['night', 'morning']);
		const result = parseAnswers(withChoices, values);
		expect(result.success && result.data.answers).toEqual({
			csat: 5,
			place: 'office',
			visit: ['morning', 'night']
		});
		expect(
			parseAnswers(withChoices, { sid, q_csat: '5', q_place: 'office', q_visit: 'morning' })
		).toMatchObject({ success: true, data: { answers: { visit: ['morning'] } } });
		expect(
			parseAnswers(withChoices, { sid, q_csat: '5', q_place: 'garden', q_visit: ['x'] })
		).toEqual({ success: false, errors: { q_place: 'choice', q_visit: 'choice' } });
	});

	it('ignores uploaded files in a multipart form', () => {
		const form = new FormData();
		form.set('sid', sid);
		form.set('q_comment', new Blob(['x']), 'x.txt');
		expect(formValues(form.entries())).toEqual({ sid });
	});
});
