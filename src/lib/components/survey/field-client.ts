// The field phone's only script (bundled on its own, like enhance.ts): a representative collects
// answers from several people in a row, with or without a network. Each answer is checked with the
// same schema as the server's, put in the queue on the phone (field-queue.ts) and only then the
// person is thanked and the form emptied for the next one (no draft, nothing of theirs kept on the
// page). Answers are sent at once when online, when the network returns, on load and by "send
// now", and removed from the phone once the server confirms them. It also registers the service
// worker (scope /f/ only) and keeps this device's page for opening offline.
import { answerSchema, formValues, parseAnswers } from '$lib/schemas/survey-answers';
import { showAnswerErrors, type FormConfig } from './answer-errors';
import { FIELD_PAGES_CACHE, FIELD_SCOPE, fieldPageUrls, SERVICE_WORKER_PATH } from './field-cache';
import {
	confirmed,
	countSetAside,
	countWaiting,
	openQueue,
	setAside,
	waiting,
	type Queue,
	type QueuedAnswer
} from './field-queue';
import { shownNumber } from './digits';

interface FieldConfig {
	lang: 'ar' | 'en';
	digits: 'arab' | 'latn';
	retryLater: string[];
	messages: {
		waiting: string;
		allSent: string;
		setAside: string;
		sending: string;
		offline: string;
		sendFailed: string;
		noStorage: string;
	};
}

const BATCH = 100;
/** Fields of the form that are not the person's answers (the server takes them from the device). */
const NOT_ANSWERS = ['sid', 'v', 'lang', 'channel', 'branch', 'website'];

const form = document.querySelector<HTMLFormElement>('form[data-survey]');
const panel = document.querySelector<HTMLElement>('[data-field]');
if (form && panel) {
	void start(
		form,
		JSON.parse(form.dataset.survey!) as FormConfig,
		JSON.parse(panel.dataset.field!) as FieldConfig
	);
}

function newSid(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const b = crypto.getRandomValues(new Uint8Array(16));
	b[6] = (b[6]! & 0x0f) | 0x40;
	b[8] = (b[8]! & 0x3f) | 0x80;
	const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

async function start(form: HTMLFormElement, config: FormConfig, field: FieldConfig) {
	const token = location.pathname.split('/')[2] ?? '';
	const m = field.messages;
	const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
	const count = byId<HTMLElement>('field-waiting');
	const problem = byId<HTMLElement>('field-problem');
	const sendButton = byId<HTMLButtonElement>('field-send');
	const formBox = byId<HTMLElement>('field-form');
	const thanks = byId<HTMLElement>('field-thanks');
	const next = byId<HTMLButtonElement>('field-next');
	const built = answerSchema(config.questions, config);
	const n = (value: number) => shownNumber(value, field.digits);
	// nothing typed by one person is offered to the next
	form.autocomplete = 'off';
	form.noValidate = true;

	registerWorker(token);

	let db: Queue;
	try {
		db = await openQueue();
	} catch {
		problem.textContent = m.noStorage;
		form.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled = true;
		return;
	}

	let sending = false;
	let note = '';
	const refresh = async () => {
		const [queued, aside] = await Promise.all([countWaiting(db, token), countSetAside(db, token)]);
		count.dataset.count = String(queued);
		count.textContent = queued ? m.waiting.replace('{n}', n(queued)) : m.allSent;
		const lines = [sending ? m.sending : note];
		if (aside) lines.push(m.setAside.replace('{n}', n(aside)));
		problem.textContent = lines.filter(Boolean).join(' ');
		sendButton.disabled = sending || queued === 0;
	};

	/** Sends the device's queue, a hundred at a time, until it is empty or sending fails. */
	const send = async () => {
		if (sending) return;
		if (!navigator.onLine) {
			note = m.offline;
			return refresh();
		}
		sending = true;
		note = '';
		await refresh();
		try {
			const queue = await waiting(db, token);
			for (let i = 0; i < queue.length; i += BATCH) {
				if (!(await sendBatch(queue.slice(i, i + BATCH)))) break;
			}
		} catch {
			note = navigator.onLine ? m.sendFailed : m.offline;
		} finally {
			sending = false;
			await refresh();
		}
	};

	/** One request; false when the rest should wait (refused as a whole, or to be tried later). */
	const sendBatch = async (batch: QueuedAnswer[]): Promise<boolean> => {
		const response = await fetch(`/f/${token}/answers?lang=${field.lang}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify({
				answers: batch.map(({ sid, version, answeredAt, lang, values }) => ({
					sid,
					version,
					answeredAt,
					lang,
					values
				}))
			})
		});
		const body = (await response.json().catch(() => null)) as {
			results?: { sid: string; status: string; code?: string; message?: string }[];
			message?: string;
		} | null;
		if (!response.ok || !body?.results) {
			note = body?.message ?? m.sendFailed;
			return false;
		}
		let later = false;
		for (const result of body.results) {
			const answer = batch.find((a) => a.sid === result.sid);
			if (!answer) continue;
			if (result.status === 'stored') await confirmed(db, answer.sid);
			else if (field.retryLater.includes(result.code ?? '')) {
				later = true;
				note = result.message ?? m.sendFailed;
			} else await setAside(db, answer, result.code ?? '', result.message ?? '');
		}
		return !later;
	};

	const showForm = () => {
		thanks.hidden = true;
		formBox.hidden = false;
		window.scrollTo(0, 0);
	};

	let thanksTimer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const values = formValues(new FormData(form).entries());
		const sid = newSid();
		const result = parseAnswers(built, { ...values, sid });
		showAnswerErrors(form, config, result.success ? {} : result.errors);
		if (!result.success) return;
		for (const name of NOT_ANSWERS) delete values[name];
		const answer: QueuedAnswer = {
			sid,
			token,
			version: Number((form.elements.namedItem('v') as HTMLInputElement).value),
			answeredAt: new Date().toISOString(),
			lang: field.lang,
			values
		};
		void db.put('queue', answer).then(
			async () => {
				// kept on the phone: now the next person may answer, on an empty form
				form.reset();
				formBox.hidden = true;
				thanks.hidden = false;
				thanks.focus();
				clearTimeout(thanksTimer);
				thanksTimer = setTimeout(showForm, 8000);
				await refresh();
				await send();
			},
			() => {
				problem.textContent = m.noStorage;
			}
		);
	});
	next.addEventListener('click', () => {
		clearTimeout(thanksTimer);
		showForm();
	});
	sendButton.addEventListener('click', () => void send());
	addEventListener('online', () => void send());
	addEventListener('offline', () => {
		note = m.offline;
		void refresh();
	});
	// answers refused for now (the device's limit) are tried again every minute
	setInterval(() => void send(), 60_000);
	// a page restored from the back-forward cache shows the queue as it is now
	addEventListener('pageshow', () => void refresh());
	await refresh();
	await send();
}

/**
 * Registers the service worker for /f/ only (never the staff pages) and keeps this device's page,
 * in both languages, for opening without a network.
 */
function registerWorker(token: string): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker
		.register(SERVICE_WORKER_PATH, {
			scope: FIELD_SCOPE,
			type: import.meta.env.DEV ? 'module' : 'classic'
		})
		.then(async () => {
			if (!navigator.onLine) return;
			const ready = await navigator.serviceWorker.ready;
			const urls = [
				...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel="icon"]')
			]
				.map((link) => link.href)
				.concat([...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src));
			// the styles and script this first visit loaded, kept by the worker before the pages
			await new Promise<void>((resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve();
				setTimeout(resolve, 15_000);
				ready.active?.postMessage({ type: 'keep', urls }, [channel.port2]);
			});
			const cache = await caches.open(FIELD_PAGES_CACHE);
			await cache.addAll(fieldPageUrls(token));
		})
		.catch(() => {
			// no service worker (a private window, an old browser): the page still works online
		});
}
