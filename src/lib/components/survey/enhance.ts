// The public survey's only script (bundled on its own; the page works without it). It checks the
// answers with the same schema as the server before sending, shows the messages beside the
// questions, sends without leaving the page (the thank-you page only after the server confirms
// the answer is stored), keeps a draft in this tab so a reload or a lost connection loses nothing,
// and never sends twice at once. The draft keeps the submission id, so a retry is stored once.
import {
	answerSchema,
	formValues,
	parseAnswers,
	TEXT_MAX,
	type AnswerErrorCode,
	type AnswerQuestion,
	type FormValues
} from '$lib/schemas/survey-answers';
import { scaleRange } from '$lib/schemas/survey-scales';
import { shownNumber } from './digits';

interface Config {
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

const form = document.querySelector<HTMLFormElement>('form[data-survey]');
if (form) enhance(form, JSON.parse(form.dataset.survey!) as Config);

function enhance(form: HTMLFormElement, config: Config): void {
	const built = answerSchema(config.questions, config);
	const draftKey = `tahseen-survey:${location.pathname}`;
	const summary = document.getElementById('survey-summary')!;
	const status = document.getElementById('survey-status')!;
	const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
	const byId = (id: string) => document.getElementById(id);
	let sending = false;
	form.noValidate = true;

	const values = (): FormValues => {
		const all = formValues(new FormData(form).entries());
		delete all.website;
		return all;
	};

	const save = () => {
		try {
			sessionStorage.setItem(draftKey, JSON.stringify(values()));
		} catch {
			// storage may be full or disabled: the form itself still holds the answers
		}
	};

	const restore = () => {
		let draft: FormValues | null;
		try {
			draft = JSON.parse(sessionStorage.getItem(draftKey) ?? 'null') as FormValues | null;
		} catch {
			draft = null;
		}
		const shown = form.elements.namedItem('v') as HTMLInputElement | null;
		if (!draft || draft.v !== shown?.value || !summary.hidden) return;
		for (const element of Array.from(form.elements) as HTMLInputElement[]) {
			const value = draft[element.name];
			if (!element.name || element.name === 'v' || element.name === 'lang') continue;
			const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
			if (element.type === 'radio' || element.type === 'checkbox') {
				element.checked = list.includes(element.value);
			} else if (element.type !== 'submit' && value !== undefined) {
				element.value = list[0] ?? '';
			}
		}
	};

	const message = (field: string, code: AnswerErrorCode) => {
		const question = config.questions.find((q) => `q_${q.key}` === field);
		const range =
			question && question.type in scaleRange
				? scaleRange[question.type as keyof typeof scaleRange]
				: { min: 0, max: TEXT_MAX };
		const n = (v: number) => shownNumber(v, config.digits);
		return config.messages.errors[code]
			.replace('{min}', n(range.min))
			.replace('{max}', n(code === 'too_long' ? TEXT_MAX : range.max));
	};

	const show = (errors: Partial<Record<string, AnswerErrorCode>>) => {
		const fields = Object.keys(config.messages.titles);
		summary.replaceChildren();
		const list = document.createElement('ul');
		for (const field of fields) {
			const code = errors[field];
			const text = code ? message(field, code) : '';
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
		const problem = errors.form ? message('form', errors.form) : '';
		if (problem)
			summary.append(Object.assign(document.createElement('p'), { textContent: problem }));
		if (list.childElementCount) {
			summary.append(
				Object.assign(document.createElement('p'), { textContent: config.messages.summary }),
				list
			);
		}
		summary.hidden = !summary.childElementCount;
		if (!summary.hidden) summary.focus();
	};

	const send = async () => {
		sending = true;
		button.disabled = true;
		status.textContent = config.messages.sending;
		try {
			const body = new URLSearchParams();
			for (const [name, value] of new FormData(form)) {
				if (typeof value === 'string') body.append(name, value);
			}
			const response = await fetch(form.action, {
				method: 'POST',
				body,
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
			const result = (await response.json().catch(() => null)) as {
				type?: string;
				location?: string;
			} | null;
			if (result?.type === 'redirect' && result.location) {
				try {
					sessionStorage.removeItem(draftKey);
				} catch {
					// nothing to clear
				}
				location.assign(result.location);
				return;
			}
			// refused by the server (its own checks, the limit, a used link): let the server's page
			// say why, with everything kept
			form.submit();
		} catch {
			status.textContent = config.messages.network;
			button.disabled = false;
			sending = false;
		}
	};

	restore();
	form.addEventListener('input', save);
	form.addEventListener('change', save);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (sending) return;
		const result = parseAnswers(built, values());
		show(result.success ? {} : result.errors);
		if (result.success) void send();
	});
	// coming back to the page (back button) must not leave the button disabled
	addEventListener('pageshow', () => {
		sending = false;
		button.disabled = false;
		status.textContent = '';
	});
}
