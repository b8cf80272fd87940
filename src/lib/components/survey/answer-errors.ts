// The survey form's messages shown in the browser (the public survey's script, enhance.ts, and the
// field phone's, field-client.ts): beside each question and in the summary at the top, as the
// server renders them after a refused post. Errors come from the same answer schema as the server's.
import { TEXT_MAX, type AnswerErrorCode, type AnswerQuestion } from '$lib/schemas/survey-answers';
import { scaleRange } from '$lib/schemas/survey-scales';
import { shownNumber } from './digits';

/** What the form's `data-survey` attribute carries (SurveyForm.svelte). */
export interface FormConfig {
	questions: AnswerQuestion[];
	channels: string[];
	branches: string[];
	digits: 'arab' | 'latn';
	messages: {
		errors: Record<AnswerErrorCode, string>;
		summary: string;
		network: string;
		sending: string;
		titles: Record<string, string>;
	};
}

function message(config: FormConfig, field: string, code: AnswerErrorCode): string {
	const question = config.questions.find((q) => `q_${q.key}` === field);
	const range =
		question && question.type in scaleRange
			? scaleRange[question.type as keyof typeof scaleRange]
			: { min: 0, max: TEXT_MAX };
	const n = (v: number) => shownNumber(v, config.digits);
	return config.messages.errors[code]
		.replace('{min}', n(range.min))
		.replace('{max}', n(code === 'too_long' ? TEXT_MAX : range.max));
}

/** Shows `errors` on `form` (none: clears them) and moves the focus to the summary if any. */
export function showAnswerErrors(
	form: HTMLFormElement,
	config: FormConfig,
	errors: Partial<Record<string, AnswerErrorCode>>
): void {
	const summary = document.getElementById('survey-summary')!;
	const byId = (id: string) => document.getElementById(id);
	const fields = Object.keys(config.messages.titles);
	summary.replaceChildren();
	const list = document.createElement('ul');
	for (const field of fields) {
		const code = errors[field];
		const text = code ? message(config, field, code) : '';
		const line = byId(`e-${field}`);
		if (line) line.textContent = text;
		byId(`f-${field}`)?.classList.toggle('invalid', !!code);
		for (const input of form.querySelectorAll(`[name="${field}"]`)) {
			if (code) input.setAttribute('aria-invalid', 'true');
			else input.removeAttribute('aria-invalid');
		}
		if (!code) continue;
		const link = document.createElement('a');
		link.href = `#f-${field}`;
		link.textContent = `${config.messages.titles[field]} — ${text}`;
		list.append(document.createElement('li'));
		list.lastElementChild!.append(link);
	}
	const problem = errors.form ? message(config, 'form', errors.form) : '';
	if (problem) summary.append(Object.assign(document.createElement('p'), { textContent: problem }));
	if (list.childElementCount) {
		summary.append(
			Object.assign(document.createElement('p'), { textContent: config.messages.summary }),
			list
		);
	}
	summary.hidden = !summary.childElementCount;
	if (!summary.hidden) summary.focus();
}
