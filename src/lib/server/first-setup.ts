// The first start of a real deployment (no demo, empty store): nothing is created, every page
// leads to /setup, and the form there asks for a one-time setup code that only the server's output
// shows (as Grafana and Jenkins do), so whoever reaches the server first cannot claim it.
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { Store } from './db';
import { getOrganisation } from './organisation';

/** Letters and digits that cannot be misread (no 0/O, 1/I/L). */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A setup code: three groups of four, e.g. `K7QX-2MHD-9TRW` (about 59 bits). */
export function generateSetupCode(): string {
	const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]);
	return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** The code as typed, compared without case, spaces or dashes. */
export function normaliseSetupCode(code: string): string {
	return code.toUpperCase().replace(/[\s-]/g, '');
}

/** Whether `typed` is `code` (in constant time). */
export function setupCodeMatches(code: string, typed: string): boolean {
	const a = Buffer.from(normaliseSetupCode(code));
	const b = Buffer.from(normaliseSetupCode(typed));
	return a.length === b.length && timingSafeEqual(a, b);
}

let code: string | undefined;
let done = false;
let reminder: ReturnType<typeof setInterval> | undefined;

/** The lines the server prints while the association is not set up. */
export function setupLines(url: string, setupCode: string): string[] {
	return [
		`Tahseen: this association is not set up yet. Open ${url}/setup and enter the setup code ${setupCode}`,
		'Tahseen: the code changes at every start; it is printed here only (or use npm run setup).'
	];
}

/**
 * At start-up on a store without an organisation: a new setup code, printed with the URL now and
 * every ten minutes until the association is set up.
 */
export function startFirstSetup(url: string, print: (line: string) => void = console.log): void {
	code = generateSetupCode();
	done = false;
	for (const line of setupLines(url, code)) print(line);
	reminder = setInterval(() => {
		if (!done && code) for (const line of setupLines(url, code)) print(line);
	}, 10 * 60_000);
	reminder.unref();
}

/** The current setup code (undefined when the server did not start without an organisation). */
export function currentSetupCode(): string | undefined {
	return done ? undefined : code;
}

/** Whether the store still needs its first set-up (cached once done: it cannot be undone). */
export async function needsSetup(store: Store): Promise<boolean> {
	if (done) return false;
	if (await getOrganisation(store)) {
		finishFirstSetup();
		return false;
	}
	return true;
}

/** The association is set up: the code is spent and the reminders stop. */
export function finishFirstSetup(): void {
	done = true;
	code = undefined;
	if (reminder) clearInterval(reminder);
	reminder = undefined;
}
