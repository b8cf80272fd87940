// The kiosk's only script (bundled on its own; the kiosk works without it, with a meta refresh after
// the thank-you screen). Between one person and the next nothing typed may stay or come back:
// - no draft is kept anywhere, and every step from one screen to the next replaces the current
//   history entry (location.replace), so Back never leads to an earlier answer;
// - an answer is sent without leaving the page, and the thank-you screen replaces the form;
// - the thank-you screen gives way to a fresh form after a few seconds, counted down;
// - a started form (or the PIN and staff screens) left untouched for the device's idle time is
//   replaced by a fresh one, with the last seconds counted down on screen.

interface KioskConfig {
	/** The kiosk's fresh, empty form (Arabic). */
	home: string;
	screen: 'form' | 'pin' | 'staff' | 'thanks';
	/** Seconds before an untouched screen is emptied (thank-you screen: before the next form). */
	seconds: number;
	/** Counted as started when shown (an answer refused, another language, a staff screen). */
	started: boolean;
	/** The countdown's words for 1, 2, … seconds left. */
	countdown: string[];
}

const root = document.querySelector<HTMLElement>('[data-kiosk]');
if (root) run(JSON.parse(root.dataset.kiosk!) as KioskConfig);

function run(config: KioskConfig): void {
	const status = document.getElementById('kiosk-countdown');
	const reset = () => location.replace(config.home);
	const say = (left: number | null) => {
		if (!status) return;
		const text = left === null ? '' : (config.countdown[left - 1] ?? '');
		if (status.textContent !== text) status.textContent = text;
		status.hidden = text === '';
	};

	// a page brought back from the browser's memory (Back) is replaced by a fresh form at once
	addEventListener('pageshow', (event) => {
		if (event.persisted) reset();
	});

	// the kiosk's own links (language, staff, back) replace the page instead of adding to history
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
		if (!link || event.defaultPrevented || event.button !== 0) return;
		const url = new URL(link.href, location.href);
		if (url.origin !== location.origin || !url.pathname.startsWith('/k/')) return;
		event.preventDefault();
		location.replace(url.href);
	});

	if (config.screen === 'thanks') {
		const until = Date.now() + config.seconds * 1000;
		const tick = () => {
			const left = Math.ceil((until - Date.now()) / 1000);
			if (left <= 0) return reset();
			say(left);
			setTimeout(tick, Math.min(1000, until - Date.now()));
		};
		tick();
		return;
	}

	let started = config.started;
	let last = Date.now();
	const touched = () => {
		last = Date.now();
		say(null);
	};
	for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const) {
		addEventListener(type, touched, { passive: true, capture: true });
	}
	const form = document.querySelector<HTMLFormElement>('form[data-survey]');
	if (form) {
		for (const type of ['input', 'change'] as const) {
			form.addEventListener(type, () => {
				started = true;
				touched();
			});
		}
		enhance(form);
	}
	setInterval(() => {
		if (!started) return;
		const left = Math.ceil((config.seconds * 1000 - (Date.now() - last)) / 1000);
		if (left <= 0) return reset();
		say(left <= config.countdown.length ? left : null);
	}, 250);
}

/**
 * Sends an answer without leaving the page: once the server has stored it, the thank-you screen
 * replaces the form in history. A refused answer is sent again as a plain form, so that the server's
 * page says why, with what this person typed (still this person: it is the same answer).
 */
function enhance(form: HTMLFormElement): void {
	const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
	const status = document.getElementById('survey-status');
	const network = (JSON.parse(form.dataset.survey ?? '{}') as { messages?: { network?: string } })
		.messages?.network;
	let sending = false;
	// the server's page says what is missing, in the survey's words (not the browser's bubbles)
	form.noValidate = true;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (sending) return;
		sending = true;
		if (button) button.disabled = true;
		void send();
	});
	const send = async () => {
		const body = new URLSearchParams();
		for (const [name, value] of new FormData(form)) {
			if (typeof value === 'string') body.append(name, value);
		}
		try {
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
				location.replace(result.location);
				return;
			}
			form.submit();
		} catch {
			if (status && network) status.textContent = network;
			if (button) button.disabled = false;
			sending = false;
		}
	};
}
