// Property-based fuzzing of every page, form action and data endpoint over HTTP against one built
// server on the demo store: arbitrary and hostile values never get a 5xx or a stack trace, and a
// refusal always says why (a message in JSON, a page in HTML). TAHSEEN_FUZZ_RUNS sets the number of
// cases per endpoint (default 60; e.g. 2000 for a long run).
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../scripts/load-run';
import { fuzzEndpoints, type FuzzRequest } from './helpers/fuzz-http';
import { loadServerEnv } from '../scripts/load-run';
import { startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const runs = Number(process.env.TAHSEEN_FUZZ_RUNS ?? 60);
const password = 'fuzz-admin-password';
let server: RunningServer;
let cookie: string;
const counted: Record<string, Record<number, number>> = {};

beforeAll(async () => {
	server = await startServer({
		DATABASE_PATH: path.join(tempDir(), 'fuzz.duckdb'),
		TAHSEEN_DEMO_ADMIN_PASSWORD: password,
		// every case comes from one address: the survey's per-address limit would answer most of them
		...loadServerEnv
	});
	cookie = await signIn(server.url, 'admin@demo.tahseen.sa', password);
});
afterAll(async () => {
	await server?.stop();
	removeTempDirs();
	console.log(`HTTP fuzz, ${runs} cases per endpoint; statuses: ${JSON.stringify(counted)}`);
});

async function send(request: FuzzRequest, signedIn: boolean) {
	const response = await fetch(`${server.url}${request.path}`, {
		method: request.method,
		headers: {
			origin: server.url,
			...(signedIn ? { cookie } : {}),
			...request.headers
		},
		body: request.body,
		redirect: 'manual'
	});
	const type = response.headers.get('content-type') ?? '';
	const body = type.startsWith('application/vnd') ? '' : await response.text();
	return { status: response.status, type, body };
}

describe('HTTP fuzzing', () => {
	for (const endpoint of fuzzEndpoints) {
		it(`${endpoint.name}: never a 5xx, always a clear answer`, async () => {
			const statuses: Record<number, number> = (counted[endpoint.name] = {});
			await fc.assert(
				fc.asyncProperty(endpoint.request, async (request) => {
					const answer = await send(request, endpoint.signedIn);
					statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
					const where = `${request.method} ${request.path} → ${answer.status}: ${answer.body.slice(0, 300)}`;
					expect(answer.status, where).toBeLessThan(500);
					expect(answer.body, where).not.toMatch(/\n\s+at .+:\d+:\d+/);
					if (answer.type.includes('json') && request.path.includes('?/')) {
						// a form action asked for JSON answers 200 with its own status inside
						const inner = JSON.parse(answer.body) as { type: string; status?: number };
						expect(inner.type, where).not.toBe('error');
						expect(inner.status ?? 200, where).toBeLessThan(500);
					}
					if (answer.status >= 400 && answer.type.includes('json')) {
						const parsed = JSON.parse(answer.body) as {
							message?: string;
							error?: { message?: string };
							type?: string;
						};
						// an endpoint's {message}, or a form action's {type: 'failure' | 'error'}
						expect(parsed.message ?? parsed.error?.message ?? parsed.type, where).toBeTruthy();
					}
					if (answer.status >= 400 && answer.type.includes('html')) {
						expect(answer.body, where).toMatch(/<html/);
					}
				}),
				{ numRuns: runs, endOnFailure: true }
			);
		}, 600_000);
	}
});

describe('cases the fuzzing found (500 before the fix)', () => {
	it.each([
		['GET', '/ingest?run=99999999999999999999', undefined],
		['GET', '/api/ingest/runs/99999999999999999999/rejected.csv', undefined],
		[
			'POST',
			'/dashboard/actions?/create',
			{ findingKind: 'channel', findingValue: 'phone', title: 'abcd', dueDate: '9999-99-99' }
		],
		[
			'POST',
			'/dashboard/actions?/create',
			{ findingKind: 'channel', findingValue: 'phone', title: 'abcd', dueDate: '2026-02-30' }
		],
		['POST', '/admin/settings?/addHoliday', { day: '9999-99-99', nameAr: 'x', nameEn: 'x' }]
	] as const)('%s %s answers without a 5xx', async (method, pathname, fields) => {
		const answer = await send(
			{
				method,
				path: pathname,
				body: fields ? new URLSearchParams(fields) : undefined,
				headers: { accept: 'application/json' }
			},
			true
		);
		const inner = fields ? (JSON.parse(answer.body) as { status: number }).status : answer.status;
		expect(inner).toBeLessThan(500);
		// a form refuses the impossible date (the page simply shows no such run)
		if (fields) expect(inner).toBe(400);
	});
});
