// Who may reach which route group. hooks.server.ts applies this to every request; loads, actions
// and endpoints check again with requireRole. Routes not listed need a staff role (deny by default).
import type { Role } from '../users';
import { allRoles, staffRoles } from './guard';

export type Access = 'public' | readonly Role[];

/** Route ids: an entry ending in '/' covers everything below it, others match exactly. Most specific first. */
const rules: [prefix: string, access: Access][] = [
	['/(public)/', 'public'],
	['/(auth)/', 'public'],
	['/health', 'public'],
	['/preferences', 'public'],
	['/(site)', 'public'], // the home page: a landing page when anonymous, figures when signed in
	['/(app)/admin/', ['admin']],
	['/(app)/', staffRoles],
	['/(board)/', allRoles],
	['/api/', allRoles] // each endpoint narrows this further
];

/** The access rule of a route id (e.g. '/(app)/ingest'); null route ids (404s) are public. */
export function accessFor(routeId: string | null): Access {
	if (routeId === null) return 'public';
	for (const [prefix, access] of rules) {
		if (prefix.endsWith('/') ? routeId.startsWith(prefix) : routeId === prefix) return access;
	}
	return staffRoles;
}
