// The public survey's only script (bundled on its own; the page works without it). It checks the
// answers with the same schema as the server before sending, shows the messages beside the
// questions, sends without leaving the page (the thank-you page only after the server confirms
// the answer is stored), keeps a draft in this tab so a reload or a lost connection loses nothing,
// and never sends twice at once. The draft keeps the submission id, so a retry is stored once.
import {
	answerSchema,
	formValues,
	parseAnswers,
	type AnswerErrorCode,
	type FormValues
} from '$lib/schemas/survey-answers';
import { showAnswerErrors, type FormConfig as Config } from './answer-errors';

const form = document.querySelector<HTMLFormElement>('form[data-survey]');
if (form) enhance(form, JSON.parse(form.dataset.survey!) as Config);

function enhance(form: HTMLFormElement, config: Config): void {
	const built = answerSchema(config.questions, config);
	const draftKey = `tahseen-survey:${location.pathname}`;
	const summary = document.getElementById('survey-summary')!;
	const status = document.getElementById('survey-status')!;
	const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
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

	const show = (errors: Partial<Record<string, AnswerErrorCode>>) =>
		showAnswerErrors(form, config, errors);

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
