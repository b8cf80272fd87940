// The headers every response carries (hooks.server.ts), also set by the public survey's fast path
// (survey/answer-fast-path.ts), which answers before the hook that sets them.

/**
 * Sets the security headers on `response`: no sniffing, a strict referrer, its own browsing
 * context, and no framing unless the page allowed it (an embeddable survey); nothing of a
 * signed-in person's is cached.
 */
export function setSecurityHeaders(
	response: Response,
	locals: Pick<App.Locals, 'frameable' | 'user'>
): Response {
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (!locals.frameable) {
		const policy = response.headers.get('Content-Security-Policy');
		response.headers.set(
			'Content-Security-Policy',
			policy ? `${policy}; frame-ancestors 'none'` : "frame-ancestors 'none'"
		);
		response.headers.set('X-Frame-Options', 'DENY');
	}
	if (locals.user) response.headers.set('Cache-Control', 'private, no-store');
	return response;
}
