// Requests every route as anonymous, board, manager and admin against the built server and checks
// the status each gets; fails when a route in src/routes is missing from tests/route-matrix.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/server';
import { useStaffServer } from './helpers/staff-server';
import { routeCases, type Visitor } from './route-matrix';

const staff = useStaffServer('matrix');
const cookies: Partial<Record<Visitor, string>> = staff.cookie;

function routeFiles(dir = path.join(root, 'src/routes')): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? routeFiles(full) : [full];
	});
}

function routeIdOf(file: string): string {
	const relative = path.relative(path.join(root, 'src/routes'), path.dirname(file));
	return '/' + relative.split(path.sep).filter(Boolean).join('/');
}

/** What exists: pages, named form actions, endpoint methods. */
function existingRoutes(): string[] {
	const found: string[] = [];
	for (const file of routeFiles()) {
		const id = routeIdOf(file);
		const base = path.basename(file);
		if (base === '+page.svelte') found.push(`page ${id}`);
		if (base === '+page.server.ts') {
			const text = readFileSync(file, 'utf8');
			const actions = text.split('export const actions')[1];
			if (actions) {
				for (const m of actions.matchAll(/^\t([A-Za-z]+): (?:async\b|\()/gm))
					found.push(`action ${id} ${m[1]}`);
			}
		}
		if (base === '+server.ts') {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
				found.push(`endpoint ${id} ${m[1]}`);
			}
		}
	}
	return found.sort();
}

function listed(): Set<string> {
	return new Set(
		routeCases.map((c) =>
			c.kind === 'page'
				? `page ${c.route}`
				: c.kind === 'action'
					? `action ${c.route} ${c.action}`
					: `endpoint ${c.route} ${c.method}`
		)
	);
}

async function request(visitor: Visitor, method: string, url: string): Promise<Response> {
	return fetch(url, {
		method,
		headers: {
			origin: staff.server.url,
			accept: 'text/html',
			...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
			...(cookies[visitor] ? { cookie: cookies[visitor] } : {})
		},
		body: method === 'POST' ? '' : undefined,
		redirect: 'manual'
	});
}

// one issued report, so that its pages exist for every role
beforeAll(async () => {
	const issued = await staff.post(
		'/reports/draft?/issue',
		{ period: '2026-01', lang: 'ar' },
		staff.cookie.admin
	);
	expect(issued.headers.get('location')).toBe('/reports/1');
});

describe('route access matrix', () => {
	it('lists every route, form action and endpoint of the app', () => {
		const missing = existingRoutes().filter((r) => !listed().has(r));
		expect(missing, 'add these to tests/route-matrix.ts').toEqual([]);
	});

	it('lists nothing that no longer exists', () => {
		const existing = new Set(existingRoutes());
		expect([...listed()].filter((r) => !existing.has(r))).toEqual([]);
	});

	const visitors: Visitor[] = ['anonymous', 'board', 'manager', 'admin'];
	const ordered = [...routeCases].sort(
		(a, b) =>
			Number(a.route.endsWith('logout') && a.kind === 'action') -
			Number(b.route.endsWith('logout') && b.kind === 'action')
	);
	for (const c of ordered) {
		const name =
			c.kind === 'action' ? `${c.method} ${c.path} ?/${c.action}` : `${c.method} ${c.path}`;
		it(`${name} gives ${visitors.map((v) => `${v} ${c.expect[v]}`).join(', ')}`, async () => {
			const url = `${staff.server.url}${c.path}${c.kind === 'action' && c.action !== 'default' ? `?/${c.action}` : ''}`;
			const got: Record<string, number> = {};
			for (const visitor of visitors) got[visitor] = (await request(visitor, c.method, url)).status;
			expect(got).toEqual(c.expect);
		});
	}
});
