// Every route of the app (pages, form actions, endpoints) and the status each kind of visitor gets.
// tests/route-matrix.test.ts fails when a route exists that is not listed here: add new routes.
// Form actions are posted with an empty body, so an allowed role gets a validation answer (400)
// and nothing changes.
// The dashboards, reports, public pages, ingest and surveys: tests/route-matrix-content.ts.
import {
	adminAction,
	adminPage,
	everyone,
	signedInPage,
	type RouteCase
} from './helpers/route-statuses';
import { contentRouteCases } from './route-matrix-content';

export type { RouteCase, Visitor } from './helpers/route-statuses';

export const routeCases: RouteCase[] = [
	{ route: '/(site)', kind: 'page', method: 'GET', path: '/', expect: everyone(200) },
	{ route: '/health', kind: 'endpoint', method: 'GET', path: '/health', expect: everyone(200) },
	{
		route: '/preferences',
		kind: 'endpoint',
		method: 'POST',
		path: '/preferences',
		expect: everyone(303)
	},
	{
		route: '/(auth)/login',
		kind: 'page',
		method: 'GET',
		path: '/login',
		expect: { anonymous: 200, board: 303, manager: 303, admin: 303 }
	},
	{
		route: '/(auth)/login',
		kind: 'action',
		action: 'default',
		method: 'POST',
		path: '/login',
		// signed-in people are sent on instead of being shown the form again
		expect: { anonymous: 400, board: 303, manager: 303, admin: 303 }
	},
	{
		route: '/(auth)/logout',
		kind: 'page',
		method: 'GET',
		path: '/logout',
		expect: { anonymous: 303, board: 200, manager: 200, admin: 200 }
	},
	// the association's first set-up: gone once it is set up
	{ route: '/(auth)/setup', kind: 'page', method: 'GET', path: '/setup', expect: everyone(404) },
	{
		route: '/(auth)/setup',
		kind: 'action',
		action: 'default',
		method: 'POST',
		path: '/setup',
		expect: everyone(404)
	},
	// signing out is posted last by the test, since it ends the session
	{
		route: '/(auth)/logout',
		kind: 'action',
		action: 'default',
		method: 'POST',
		path: '/logout',
		expect: everyone(303)
	},
	{
		route: '/(board)/account',
		kind: 'page',
		method: 'GET',
		path: '/account',
		expect: signedInPage
	},
	{
		route: '/(board)/account',
		kind: 'action',
		action: 'password',
		method: 'POST',
		path: '/account',
		expect: { anonymous: 401, board: 400, manager: 400, admin: 400 }
	},
	{
		route: '/(app)/admin/users',
		kind: 'page',
		method: 'GET',
		path: '/admin/users',
		expect: adminPage
	},
	...['create', 'role', 'deactivate', 'activate', 'reset'].map((action): RouteCase => ({
		route: '/(app)/admin/users',
		kind: 'action',
		action,
		method: 'POST',
		path: '/admin/users',
		expect: adminAction
	})),
	{
		route: '/(app)/admin/settings',
		kind: 'page',
		method: 'GET',
		path: '/admin/settings',
		expect: adminPage
	},
	...['save', 'addHoliday', 'removeHoliday'].map((action): RouteCase => ({
		route: '/(app)/admin/settings',
		kind: 'action',
		action,
		method: 'POST',
		path: '/admin/settings',
		expect: adminAction
	})),
	{
		// the demo has no logo: a signed-in person is told there is none
		route: '/(app)/admin/settings/logo',
		kind: 'endpoint',
		method: 'GET',
		path: '/admin/settings/logo',
		expect: { anonymous: 303, board: 404, manager: 404, admin: 404 }
	},
	{
		// an empty body is not a form: 400, nothing stored
		route: '/(app)/admin/settings/logo',
		kind: 'endpoint',
		method: 'POST',
		path: '/admin/settings/logo',
		expect: adminAction
	},
	{
		route: '/(app)/admin/channels',
		kind: 'page',
		method: 'GET',
		path: '/admin/channels',
		expect: adminPage
	},
	{
		route: '/(app)/admin/channels',
		kind: 'action',
		action: 'save',
		method: 'POST',
		path: '/admin/channels',
		expect: adminAction
	},
	{
		route: '/(app)/admin/audit',
		kind: 'page',
		method: 'GET',
		path: '/admin/audit',
		expect: adminPage
	},
	...contentRouteCases
];
