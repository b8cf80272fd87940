// Where to send a person back to after a form: only a path on this site.

/** `to` when it is a local path; anything else (another origin, `//host`, `/\host`) gives `/`. */
export function safeReturnPath(to: unknown): string {
	return typeof to === 'string' && /^\/(?![/\\])/.test(to) && !/[\r\n]/.test(to) ? to : '/';
}
