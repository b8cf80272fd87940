// The route matrix (tests/route-matrix.ts) for the dashboards, reports, public survey pages, ingest
// and surveys.
import {
	everyone,
	signedInPage,
	staffAction,
	staffPage,
	type RouteCase
} from './helpers/route-statuses';

export const contentRouteCases: RouteCase[] = [
	{
		route: '/(board)/dashboard',
		kind: 'page',
		method: 'GET',
		path: '/dashboard',
		expect: signedInPage
	},
	{
		route: '/(board)/dashboard/[dimension=dimension]',
		kind: 'page',
		method: 'GET',
		path: '/dashboard/channels',
		expect: signedInPage
	},
	{
		route: '/(board)/dashboard/turnaround',
		kind: 'page',
		method: 'GET',
		path: '/dashboard/turnaround',
		expect: signedInPage
	},
	{
		route: '/(app)/dashboard/comments',
		kind: 'page',
		method: 'GET',
		path: '/dashboard/comments',
		expect: staffPage
	},
	{
		route: '/(app)/dashboard/actions',
		kind: 'page',
		method: 'GET',
		path: '/dashboard/actions',
		expect: staffPage
	},
	...['create', 'update'].map((action): RouteCase => ({
		route: '/(app)/dashboard/actions',
		kind: 'action',
		action,
		method: 'POST',
		path: '/dashboard/actions',
		expect: staffAction
	})),
	{
		route: '/api/dashboard/[dataset]',
		kind: 'endpoint',
		method: 'GET',
		path: '/api/dashboard/csat-trend',
		expect: { anonymous: 401, board: 200, manager: 200, admin: 200 }
	},
	{
		route: '/(board)/reports',
		kind: 'page',
		method: 'GET',
		path: '/reports',
		expect: signedInPage
	},
	{
		route: '/(board)/reports',
		kind: 'action',
		action: 'meeting',
		method: 'POST',
		path: '/reports',
		expect: staffAction
	},
	{
		route: '/(board)/reports/[id=integer]',
		kind: 'endpoint',
		method: 'GET',
		path: '/reports/1',
		expect: signedInPage
	},
	{
		route: '/(board)/reports/[id=integer]/pdf',
		kind: 'endpoint',
		method: 'GET',
		path: '/reports/1/pdf',
		expect: signedInPage
	},
	{
		route: '/(app)/reports/draft',
		kind: 'page',
		method: 'GET',
		path: '/reports/draft',
		expect: staffPage
	},
	{
		route: '/(app)/reports/draft',
		kind: 'action',
		action: 'issue',
		method: 'POST',
		path: '/reports/draft',
		expect: staffAction
	},
	{
		route: '/(app)/reports/preview',
		kind: 'endpoint',
		method: 'GET',
		path: '/reports/preview',
		expect: { anonymous: 303, board: 403, manager: 400, admin: 400 }
	},
	{
		route: '/(public)/you-said-we-did',
		kind: 'page',
		method: 'GET',
		path: '/you-said-we-did',
		// published only when an admin turns the public page on
		expect: everyone(404)
	},
	{
		route: '/(public)/s/[slug]',
		kind: 'page',
		method: 'GET',
		path: '/s/satisfaction',
		expect: everyone(200)
	},
	{
		route: '/(public)/s/[slug]',
		kind: 'action',
		action: 'default',
		method: 'POST',
		path: '/s/satisfaction',
		// an empty form: the answers are missing
		expect: everyone(400)
	},
	{
		route: '/(public)/s/[slug]/thanks',
		kind: 'page',
		method: 'GET',
		path: '/s/satisfaction/thanks',
		expect: everyone(200)
	},
	{
		route: '/(public)/s/[slug]/t/[token]',
		kind: 'page',
		method: 'GET',
		path: '/s/satisfaction/t/unknown',
		// an unknown one-time link (a used one gets 410)
		expect: everyone(404)
	},
	{
		route: '/(public)/s/[slug]/t/[token]',
		kind: 'action',
		action: 'default',
		method: 'POST',
		path: '/s/satisfaction/t/unknown',
		expect: everyone(404)
	},
	// a kiosk's link: unknown (or revoked) is the survey's polite 404, whoever asks
	{
		route: '/(public)/k/[token]',
		kind: 'page',
		method: 'GET',
		path: '/k/unknown',
		expect: everyone(404)
	},
	...['', '/staff'].map((page): RouteCase => ({
		route: `/(public)/k/[token]${page}`,
		kind: 'action',
		action: 'default',
		method: 'POST',
		path: `/k/unknown${page}`,
		expect: everyone(404)
	})),
	...['/thanks', '/staff'].map((page): RouteCase => ({
		route: `/(public)/k/[token]${page}`,
		kind: 'page',
		method: 'GET',
		path: `/k/unknown${page}`,
		expect: everyone(404)
	})),
	{
		route: '/(public)/f/[token]',
		kind: 'page',
		method: 'GET',
		path: '/f/unknown',
		// a field phone's link: unknown, revoked and kiosk links get the survey's polite 404
		expect: everyone(404)
	},
	{
		route: '/(public)/f/[token]/answers',
		kind: 'endpoint',
		method: 'POST',
		path: '/f/unknown/answers',
		// a form body: a field phone sends its answers as JSON
		expect: everyone(415)
	},
	{
		route: '/(public)/f/[token]/manifest.webmanifest',
		kind: 'endpoint',
		method: 'GET',
		path: '/f/unknown/manifest.webmanifest',
		expect: everyone(404)
	},
	{
		route: '/(app)/surveys/[id]/preview',
		kind: 'page',
		method: 'GET',
		path: '/surveys/1/preview',
		expect: staffPage
	},
	{ route: '/(app)/ingest', kind: 'page', method: 'GET', path: '/ingest', expect: staffPage },
	...['inspect', 'ingest', 'run'].map((action): RouteCase => ({
		route: '/(app)/ingest',
		kind: 'action',
		action,
		method: 'POST',
		path: '/ingest',
		expect: staffAction
	})),
	{
		route: '/(app)/ingest/sample.csv',
		kind: 'endpoint',
		method: 'GET',
		path: '/ingest/sample.csv',
		expect: { anonymous: 401, board: 403, manager: 200, admin: 200 }
	},
	{
		route: '/api/ingest/runs/[id]/rejected.csv',
		kind: 'endpoint',
		method: 'GET',
		path: '/api/ingest/runs/999/rejected.csv',
		// staff get "no such run"; the board may not read raw rows
		expect: { anonymous: 401, board: 403, manager: 404, admin: 404 }
	},
	{
		route: '/api/ingest/progress/[token]',
		kind: 'endpoint',
		method: 'GET',
		path: '/api/ingest/progress/unknown',
		expect: { anonymous: 401, board: 403, manager: 404, admin: 404 }
	},
	{ route: '/(app)/surveys', kind: 'page', method: 'GET', path: '/surveys', expect: staffPage },
	{
		route: '/(app)/surveys',
		kind: 'action',
		action: 'create',
		method: 'POST',
		path: '/surveys',
		expect: staffAction
	},
	...(['', '/edit', '/links', '/tokens', '/poster'] as const).map((page): RouteCase => ({
		route: `/(app)/surveys/[id]${page}`,
		kind: 'page',
		method: 'GET',
		path: `/surveys/1${page}`,
		expect: staffPage
	})),
	// every survey action names what it acts on (the draft version, the status seen, the target),
	// so an empty post changes nothing and gets 400
	...['meta', 'publish', 'close', 'reopen'].map((action): RouteCase => ({
		route: '/(app)/surveys/[id]',
		kind: 'action',
		action,
		method: 'POST',
		path: '/surveys/1',
		expect: staffAction
	})),
	...['addDevice', 'updateDevice', 'revokeDevice'].map((action): RouteCase => ({
		route: '/(app)/surveys/[id]/links',
		kind: 'action',
		action,
		method: 'POST',
		path: '/surveys/1/links',
		expect: staffAction
	})),
	...['save', 'add', 'remove', 'up', 'discard'].map((action): RouteCase => ({
		route: '/(app)/surveys/[id]/edit',
		kind: 'action',
		action,
		method: 'POST',
		path: '/surveys/1/edit',
		expect: staffAction
	})),
	{
		route: '/(app)/surveys/[id]/qr',
		kind: 'endpoint',
		method: 'GET',
		path: '/surveys/1/qr',
		expect: staffPage
	},
	{
		route: '/(app)/surveys/[id]/tokens/csv',
		kind: 'endpoint',
		method: 'POST',
		path: '/surveys/1/tokens/csv',
		// staff are sent back to the tokens page with the form's problem (no JavaScript needed)
		expect: { anonymous: 401, board: 403, manager: 303, admin: 303 }
	}
];
