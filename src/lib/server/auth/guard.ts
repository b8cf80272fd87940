// Role checks for loads, form actions and endpoints. hooks.server.ts guards by route group too,
// but form actions and +server.ts endpoints must call requireRole themselves.
import { error, redirect } from '@sveltejs/kit';
import type { Role, SessionUser } from '../../roles';

export type { SessionUser } from '../../roles';

/** Managers' pages: admins and managers. */
export const staffRoles: readonly Role[] = ['admin', 'manager'];
/** Read-only pages the board may see too. */
export const allRoles: readonly Role[] = ['admin', 'manager', 'board'];

/**
 * The signed-in user when their role is one of `allowed`. Otherwise: anonymous page requests are
 * sent to sign in and back, other anonymous requests get 401, and a role not allowed gets 403.
 */
export function requireRole(
	event: { locals: App.Locals; url: URL; request: Request },
	allowed: readonly Role[]
): SessionUser {
	const user = event.locals.user;
	if (!user) {
		if (event.request.method === 'GET' && !event.url.pathname.startsWith('/api/')) {
			redirect(
				303,
				`/login?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`
			);
		}
		error(401, { message: 'sign-in required', lang: event.locals.prefs?.lang });
	}
	if (!allowed.includes(user.role))
		error(403, { message: 'forbidden', lang: event.locals.prefs?.lang });
	return user;
}
