// The kinds of visitor and the status each gets from a kind of route, for tests/route-matrix*.ts.
export type Visitor = 'anonymous' | 'board' | 'manager' | 'admin';

export interface RouteCase {
	/** SvelteKit route id, e.g. '/(app)/admin/users'. */
	route: string;
	kind: 'page' | 'action' | 'endpoint';
	method: 'GET' | 'POST';
	/** A concrete path for the route. */
	path: string;
	/** Form action name ('default' for the unnamed one). */
	action?: string;
	expect: Record<Visitor, number>;
}

export const staffPage = { anonymous: 303, board: 403, manager: 200, admin: 200 };
export const adminPage = { anonymous: 303, board: 403, manager: 403, admin: 200 };
export const staffAction = { anonymous: 401, board: 403, manager: 400, admin: 400 };
export const adminAction = { anonymous: 401, board: 403, manager: 403, admin: 400 };
export const signedInPage = { anonymous: 303, board: 200, manager: 200, admin: 200 };
export const everyone = (status: number) => ({
	anonymous: status,
	board: status,
	manager: status,
	admin: status
});
