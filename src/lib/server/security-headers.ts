// The headers every response carries (hooks.server.ts), also set by the public survey's answer
// route (survey/answer-route.ts), which answers before SvelteKit.

/**
 * The policy of a document that is not a SvelteKit page (report print HTML, SVG charts and QR
 * codes): it runs no script and loads only this site's images, styles and fonts,
 * so text that slipped into one could do nothing.
 */
export const documentPolicy =
	"default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The security headers for a response whose Content-Security-Policy is `policy` (null: none):
 * no sniffing, a strict referrer, its own browsing context, and no framing unless the page
 * allowed it (an embeddable survey); nothing of a signed-in person's is cached.
 */
export function securityHeaders(
	policy: string | null,
	locals: Pick<App.Locals, 'frameable' | 'user'>
): [name: string, value: string][] {
	const headers: [string, string][] = [
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['Cross-Origin-Opener-Policy', 'same-origin']
	];
	if (!locals.frameable) {
		headers.push(
			[
				'Content-Security-Policy',
				policy ? `${policy}; frame-ancestors 'none'` : "frame-ancestors 'none'"
			],
			['X-Frame-Options', 'DENY']
		);
	}
	if (locals.user) headers.push(['Cache-Control', 'private, no-store']);
	return headers;
}

/** Sets the security headers (see securityHeaders) on `response`. */
export function setSecurityHeaders(
	response: Response,
	locals: Pick<App.Locals, 'frameable' | 'user'>
): Response {
	const policy = response.headers.get('Content-Security-Policy');
	for (const [name, value] of securityHeaders(policy, locals)) response.headers.set(name, value);
	// a document made by an endpoint (report print HTML, an SVG chart or QR code) has no policy of
	// its own: it gets the strict one
	const type = response.headers.get('content-type') ?? '';
	if (!policy && !locals.frameable && /^(text\/html|image\/svg\+xml)/i.test(type)) {
		response.headers.set('Content-Security-Policy', documentPolicy);
	}
	return response;
}
