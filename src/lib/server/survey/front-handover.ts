// An answer the HTTP front (answer-front.ts) read and refused, passed with the request it hands to
// SvelteKit (adapter-node gives the Node.js request to the hooks as `event.platform.req`), so the
// form action shows it without reading the body or counting the address against its limit again.
import type { Received } from './answer-form';

const handed = new WeakMap<object, Promise<Received>>();

/** Passes `answer` along with the request `req` the front hands to SvelteKit. */
export function handOver(req: object, answer: Promise<Received>): void {
	handed.set(req, answer);
}

/** The answer the front handed over with `req`, once; undefined when there is none. */
export function frontHandover(req: object | undefined): Promise<Received> | undefined {
	if (!req) return undefined;
	const answer = handed.get(req);
	handed.delete(req);
	return answer;
}
