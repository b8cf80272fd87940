// Hostile files sent to the ingest page of the built server: none may take the server down. A JSON
// Lines file nested 20,000 levels deep (120 KB) used to crash the process with SIGSEGV inside
// DuckDB's JSON reader, on ?/inspect and on ?/ingest.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepJsonLine, MAX_JSON_DEPTH } from '../src/lib/server/ingest/json-depth';
import { useHostileServer } from './helpers/hostile';
import { tempDir } from './helpers/temp';

const h = useHostileServer();

const row = (id: string, extra = '') =>
	`{"id":"${id}","channel":"phone","type":"inquiry","received_at":"2026-11-22 10:00"${extra}}`;
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

function upload(action: 'inspect' | 'ingest', text: string, name = 'deep.jsonl') {
	const body = new FormData();
	body.set('kind', 'interactions');
	body.set('file', new Blob([text]), name);
	return fetch(`${h.server.url}/ingest?/${action}`, {
		method: 'POST',
		body,
		headers: { origin: h.server.url, accept: 'application/json', cookie: h.manager }
	});
}

describe('the JSON nesting guard', () => {
	function depthOf(text: string, limit = MAX_JSON_DEPTH) {
		const file = path.join(tempDir(), 'scan.jsonl');
		writeFileSync(file, text);
		return deepJsonLine(file, limit);
	}

	it('finds the first line nested past the limit', async () => {
		expect(await depthOf([row('a'), row('b', `,"x":${nested(65)}`)].join('\n'))).toBe(2);
		expect(await depthOf(row('a', `,"x":${nested(63)}`))).toBeNull();
		expect(await depthOf(`{"a":{"b":{"c":1}}}\n[[[[1]]]]`, 3)).toBe(2);
	});

	it('does not count brackets inside strings, escaped quotes included', async () => {
		const text = row('a', `,"x":"${'[{'.repeat(500)}\\"${'['.repeat(500)}"`);
		expect(await depthOf(text)).toBeNull();
	});

	it('starts each line afresh', async () => {
		const lines = Array.from({ length: 200 }, () => '{"a":[1,2').join('\n');
		expect(await depthOf(lines)).toBeNull();
	});
});

describe('a JSON Lines file nested 20,000 levels deep', () => {
	const deep = [row('D-1'), row('D-2', `,"note":${nested(20_000)}`), row('D-3')].join('\n') + '\n';

	it('is refused by ?/inspect with a clear message, and the server keeps serving', async () => {
		expect(deep.length).toBeGreaterThan(40_000);
		const response = await upload('inspect', deep);
		const body = (await response.json()) as { type: string; status: number; data: string };
		expect(body.type).toBe('failure');
		expect(body.status).toBe(400);
		expect(body.data).toContain('nested_too_deep');
		await h.stillServing(h.pid);
	});

	it('is refused by ?/ingest, stores nothing, and the server keeps serving', async () => {
		const response = await upload('ingest', deep);
		const body = (await response.json()) as { type: string; data: string };
		expect(body.type).toBe('failure');
		expect(body.data).toContain('line 2 holds values nested more than 64 levels');
		await h.stillServing(h.pid);
		const page = await (await h.get('/ingest', h.manager)).text();
		expect(page).not.toContain('deep.jsonl');
	});

	it('a nested .json and .ndjson file are refused too', async () => {
		for (const name of ['deep.json', 'deep.ndjson']) {
			const body = (await (await upload('inspect', deep, name)).json()) as { data: string };
			expect(body.data, name).toContain('nested_too_deep');
		}
		await h.stillServing(h.pid);
	});

	it('a file nested only a little still imports', async () => {
		const text = [row('N-1', `,"note":${nested(10)}`), row('N-2')].join('\n') + '\n';
		const body = (await (await upload('ingest', text, 'shallow.jsonl')).json()) as {
			type: string;
		};
		expect(body.type).toBe('success');
	});
});
