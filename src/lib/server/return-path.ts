// Where to send a person back to after a form (sign-in's redirectTo, the preference form's to):
// only a path on this site.
//
// The value is resolved the way a browser resolves a Location header, against this site, and kept
// only when it stays on this site: `/\t/evil.example` passed a "starts with one slash" test, yet a
// browser drops the tab and goes to //evil.example. What is returned is the parsed path (never the
// raw text), with any run of leading slashes made one, so it cannot be read as another host.

const base = 'http://tahseen.invalid';

/** `to` as a local path when it resolves to one on this site; anything else gives `/`. */
export function safeReturnPath(to: unknown): string {
	if (typeof to !== 'string' || to.length > 2048 || !to.startsWith('/')) return '/';
	// control characters (tab, line breaks: header splitting) and backslashes are never in our links
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(to)) return '/';
	let url: URL;
	try {
		url = new URL(to, base);
	} catch {
		return '/';
	}
	if (url.origin !== base) return '/';
	const path = `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}${url.hash}`;
	// decoded once more, a path must still not name another host (`/%2F%2Fevil` stays a path here,
	// but is refused in case something down the line decodes it)
	let decoded: string;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		return '/';
	}
	return /^[/\\]{2}/.test(decoded) || /^\/[\t\n\r ]*[/\\]/.test(decoded) ? '/' : path;
}
