// A bounded HTTP load on a running Tahseen server (loopback only): concurrent connections send a
// weighted mix of scenarios — dashboard reads, staff writes and public survey answers — and every
// write the server acknowledged is checked afterwards against the store. Used by `npm run load`
// and the fault tests. A new kind of traffic is one more Scenario in `dashboardScenarios`.
import { randomUUID } from 'node:crypto';
import type { Store } from '../src/lib/server/db';

export interface LoadRequest {
	method: 'GET' | 'POST';
	/** Path and query, e.g. '/dashboard?period=last-12-months'. */
	path: string;
	body?: URLSearchParams | FormData;
	headers?: Record<string, string>;
	/** For a write: the key its scenario's `verify` looks for in the store (unique per request). */
	key?: string;
}

export interface Scenario {
	name: string;
	/** Share of the requests, relative to the other scenarios' weights. */
	weight: number;
	/** Sent with the staff session cookie, or anonymously (public pages such as the survey). */
	signedIn: boolean;
	/** Builds request number `n` (unique across the run; `run` tells one load run from another). */
	request: (n: number, run: string) => LoadRequest;
	/** For a write: whether this answer says it was stored (the server acknowledged it). */
	acknowledged?: (response: Response, body: string) => boolean;
	/** For a write: the acknowledged keys that are NOT in the store (opened after the run). */
	verify?: (store: Store, keys: string[]) => Promise<string[]>;
}

export interface ScenarioResult {
	name: string;
	requests: number;
	/** Answers by HTTP status; 0 counts requests that got no answer (refused, reset, timed out). */
	statuses: Record<number, number>;
	p50Ms: number;
	p99Ms: number;
	/** Writes the server acknowledged (their keys). */
	acknowledged: string[];
}

export interface LoadResult {
	run: string;
	seconds: number;
	connections: number;
	requests: number;
	perSecond: number;
	serverErrors: number;
	noAnswer: number;
	scenarios: ScenarioResult[];
	/** The first few 5xx answers, to show what went wrong. */
	errorSamples: string[];
}

export interface LoadOptions {
	url: string;
	/** Session cookie of a staff member (`tahseen_session=…`). */
	cookie: string;
	seconds: number;
	connections: number;
	scenarios: Scenario[];
	/** A label unique to this run, written into every write's key. */
	run?: string;
	/** Per-request limit (default 60 s). */
	timeoutMs?: number;
	/** Ends the run early (no new requests; those under way finish). */
	signal?: AbortSignal;
	/** Called for every answer (status 0: none), e.g. to act once some writes were acknowledged. */
	onAnswer?: (scenario: string, status: number, acknowledged: boolean) => void;
}

const periods = ['this-month', 'last-month', 'this-quarter', 'this-year', 'last-12-months'];
const channels = ['', 'phone', 'in_person', 'website', 'social_media', 'letter'];
const datasets = [
	'csat-trend',
	'channel-volume',
	'turnaround-distribution',
	'overdue-age',
	'response-rate',
	'segments-channel'
];

function pick<T>(list: readonly T[], n: number): T {
	return list[n % list.length]!;
}

function filterQuery(n: number): string {
	const params = new URLSearchParams({ period: pick(periods, n) });
	const channel = pick(channels, Math.floor(n / periods.length));
	if (channel) params.set('channel', channel);
	return params.toString();
}

/** A SvelteKit form action answers JSON {type: 'success'} when asked for JSON (as `use:enhance`). */
export function actionSucceeded(response: Response, body: string): boolean {
	if (response.status !== 200) return false;
	try {
		return (JSON.parse(body) as { type?: string }).type === 'success';
	} catch {
		return false;
	}
}

/** The title of improvement action `n` of run `run` (its key in the store). */
export const actionTitle = (run: string, n: number) => `load ${run} action ${n}`;

/** Keys that are not rows of `table` in `column` (checked in batches). */
export async function missingKeys(
	store: Store,
	query: string,
	keys: readonly string[]
): Promise<string[]> {
	const found = new Set<string>();
	for (let i = 0; i < keys.length; i += 1000) {
		const rows = await store.all<{ key: string }>(query, { keys: keys.slice(i, i + 1000) });
		for (const row of rows) found.add(row.key);
	}
	return keys.filter((k) => !found.has(k));
}

/** The default mix: dashboard pages and data endpoints (varied filters), and improvement actions. */
export const dashboardScenarios: Scenario[] = [
	{
		name: 'dashboard page',
		weight: 3,
		signedIn: true,
		request: (n) => ({ method: 'GET', path: `/dashboard?${filterQuery(n)}` })
	},
	{
		name: 'dashboard data (Arrow/CSV)',
		weight: 4,
		signedIn: true,
		request: (n) => ({
			method: 'GET',
			path: `/api/dashboard/${pick(datasets, n)}?${filterQuery(Math.floor(n / datasets.length))}${n % 3 === 0 ? '&format=csv' : ''}`
		})
	},
	{
		name: 'improvement action (write)',
		weight: 2,
		signedIn: true,
		request: (n, run) => {
			const title = actionTitle(run, n);
			return {
				method: 'POST',
				path: '/dashboard/actions?/create',
				headers: { accept: 'application/json' },
				body: new URLSearchParams({
					findingKind: 'channel',
					findingValue: pick(channels.slice(1), n),
					title,
					description: `written by the load run ${run}`,
					team: `team-${n % 7}`,
					dueDate: '2026-12-31',
					status: 'open'
				}),
				key: title
			};
		},
		acknowledged: actionSucceeded,
		verify: (store, keys) =>
			missingKeys(
				store,
				'select title as key from improvement_action where list_contains($keys, title)',
				keys
			)
	},
	{
		name: 'survey answer (write)',
		weight: 3,
		signedIn: false,
		request: (n) => {
			// the form's submission id: the answer is stored as `web-<sid>`
			const sid = randomUUID();
			return {
				method: 'POST',
				path: `/s/satisfaction?c=${pick(channels.slice(1), n)}`,
				headers: { accept: 'text/html' },
				body: new URLSearchParams({
					sid,
					v: '1',
					lang: 'ar',
					channel: pick(channels.slice(1), n),
					q_csat: String(1 + (n % 5)),
					q_nps: String(n % 11),
					q_ces: String(1 + (n % 7)),
					q_comment: n % 4 === 0 ? `load answer ${n}` : '',
					website: ''
				}),
				key: sid
			};
		},
		acknowledged: (response) =>
			response.status === 303 && /\/thanks$/.test(response.headers.get('location') ?? ''),
		verify: (store, keys) =>
			missingKeys(
				store,
				"select substr(id, 5) as key from response where list_contains($keys, substr(id, 5)) and id like 'web-%'",
				keys
			)
	}
];

/** The survey's per-address limit, raised for load runs (every request comes from one address). */
export const loadServerEnv = { TAHSEEN_SURVEY_RATE_LIMIT: '1000000/1000000' };

function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return 0;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs the load for `seconds` on `connections` concurrent connections; never throws for answers. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
	const run = options.run ?? Date.now().toString(36);
	const weights = options.scenarios.map((s) => s.weight);
	const total = weights.reduce((a, b) => a + b, 0);
	const state = options.scenarios.map((s) => ({
		scenario: s,
		count: 0,
		statuses: {} as Record<number, number>,
		latencies: [] as number[],
		acknowledged: [] as string[]
	}));
	const errorSamples: string[] = [];
	const started = performance.now();
	const deadline = started + options.seconds * 1000;
	let next = 0;

	const choose = (n: number) => {
		// deterministic spread: request n takes the scenario its slot in the weight cycle names
		let slot = n % total;
		for (let i = 0; i < weights.length; i++) {
			if (slot < weights[i]!) return i;
			slot -= weights[i]!;
		}
		return 0;
	};

	async function worker(): Promise<void> {
		while (performance.now() < deadline && !options.signal?.aborted) {
			const n = next++;
			const entry = state[choose(n)]!;
			const request = entry.scenario.request(n, run);
			const headers: Record<string, string> = {
				origin: options.url,
				...(entry.scenario.signedIn ? { cookie: options.cookie } : {}),
				...request.headers
			};
			const t0 = performance.now();
			let status = 0;
			try {
				const response = await fetch(`${options.url}${request.path}`, {
					method: request.method,
					headers,
					body: request.body,
					redirect: 'manual',
					signal: AbortSignal.timeout(options.timeoutMs ?? 60_000)
				});
				const body = await response.text();
				status = response.status;
				if (status >= 500 && errorSamples.length < 5) {
					errorSamples.push(`${request.method} ${request.path} → ${status}: ${body.slice(0, 300)}`);
				}
				const acknowledged = !!request.key && !!entry.scenario.acknowledged?.(response, body);
				if (acknowledged) entry.acknowledged.push(request.key!);
				options.onAnswer?.(entry.scenario.name, status, acknowledged);
			} catch {
				options.onAnswer?.(entry.scenario.name, 0, false);
				// no answer (the server is down or was killed): nothing acknowledged; back off a little
				await new Promise((r) => setTimeout(r, 20));
			}
			entry.count++;
			entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
			if (status) entry.latencies.push(performance.now() - t0);
		}
	}

	await Promise.all(Array.from({ length: options.connections }, () => worker()));
	const seconds = (performance.now() - started) / 1000;
	const scenarios = state.map((s) => {
		const sorted = s.latencies.sort((a, b) => a - b);
		return {
			name: s.scenario.name,
			requests: s.count,
			statuses: s.statuses,
			p50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
			p99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
			acknowledged: s.acknowledged
		};
	});
	const requests = scenarios.reduce((sum, s) => sum + s.requests, 0);
	const count = (test: (status: number) => boolean) =>
		scenarios.reduce(
			(sum, s) =>
				sum +
				Object.entries(s.statuses)
					.filter(([status]) => test(Number(status)))
					.reduce((a, [, n]) => a + n, 0),
			0
		);
	return {
		run,
		seconds,
		connections: options.connections,
		requests,
		perSecond: requests / seconds,
		serverErrors: count((status) => status >= 500),
		noAnswer: count((status) => status === 0),
		scenarios,
		errorSamples
	};
}

/** Per scenario, the acknowledged writes missing from the store (empty lists when all are there). */
export async function verifyAcknowledged(
	store: Store,
	scenarios: Scenario[],
	results: LoadResult[]
): Promise<Record<string, { acknowledged: number; missing: string[] }>> {
	const out: Record<string, { acknowledged: number; missing: string[] }> = {};
	for (const scenario of scenarios) {
		if (!scenario.verify) continue;
		const keys = results.flatMap(
			(r) => r.scenarios.find((s) => s.name === scenario.name)?.acknowledged ?? []
		);
		out[scenario.name] = { acknowledged: keys.length, missing: await scenario.verify(store, keys) };
	}
	return out;
}

/** Signs in and returns the session cookie (`name=value`). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
	const response = await fetch(`${url}/login`, {
		method: 'POST',
		headers: { origin: url, accept: 'text/html' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = response.headers.get('set-cookie');
	if (response.status !== 303 || !cookie) {
		throw new Error(`signing in as ${email} failed (HTTP ${response.status})`);
	}
	return cookie.split(';')[0]!;
}
