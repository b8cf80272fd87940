// The public survey on a disk that fills up: an answer the store cannot write is refused with the
// survey's 503 (page in the person's language, JSON for the enhanced form), never thanked, and
// every answer thanked before is kept. Ordinary answers are stored by the answer route, which passes
// such a failure on to the form action, so the answer is the one the action gives.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { storageMessages } from '../src/lib/i18n/storage-messages';
import { Store } from '../src/lib/server/db';
import { responseIdOf } from '../src/lib/server/survey/submissions';
import { startServer, type RunningServer } from './helpers/server';
import { removeTempDirs } from './helpers/temp';
import { smallVolume, type SmallVolume } from './helpers/volume';

const mounted = smallVolume(96);
if (!('dir' in mounted)) {
	throw new Error(
		`these tests need a small volume to fill (tmpfs or loop ext4, as root): ${mounted.unavailable}`
	);
}
const volume: SmallVolume = mounted;
let server: RunningServer | undefined;

afterAll(async () => {
	await server?.stop();
	volume.unmount();
	removeTempDirs();
});

function answer(server: RunningServer, sid: string, accept: string): Promise<Response> {
	return fetch(`${server.url}/s/satisfaction?lang=en`, {
		method: 'POST',
		headers: { origin: server.url, accept, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			sid,
			v: '1',
			lang: 'en',
			q_csat: '4',
			q_comment: `${sid} `.repeat(27)
		}),
		redirect: 'manual'
	});
}

/** Posts answers until one is refused; the ids thanked, and the refused reply and its id. */
async function untilRefused(running: RunningServer, accept: string, thanked: string[]) {
	for (let i = 0; i < 2000; i++) {
		const sid = randomUUID();
		const response = await answer(running, sid, accept);
		const ok = accept === 'text/html' ? response.status === 303 : response.status === 200;
		if (!ok) return { response, sid };
		thanked.push(sid);
		await response.body?.cancel();
	}
	throw new Error('the disk never refused an answer');
}

describe(`survey answers on a full disk (${volume.method})`, () => {
	it('are refused with 503 and a clear message, and the answers thanked before are kept', async () => {
		const databasePath = path.join(volume.dir, 'tahseen.duckdb');
		server = await startServer({ DATABASE_PATH: databasePath });
		const thanked: string[] = [];
		const refused: string[] = [];
		try {
			volume.fill();
			const page = await untilRefused(server, 'text/html', thanked);
			refused.push(page.sid);
			expect(page.response.status).toBe(503);
			expect(page.response.headers.get('retry-after')).toBe('30');
			const html = await page.response.text();
			expect(html).toContain(storageMessages('en').no_space);
			expect(html).not.toMatch(/\bat .+\.js:\d+|Error:/);

			const enhanced = await untilRefused(server, 'application/json', thanked);
			refused.push(enhanced.sid);
			expect(enhanced.response.status).toBe(503);
			expect(await enhanced.response.json()).toMatchObject({
				type: 'error',
				error: { message: storageMessages('en').no_space, storage: 'no_space' }
			});
			expect(server.output()).toMatch(
				/Tahseen: POST \/s\/satisfaction failed: The database .*cannot be written: there is no space left/
			);
			expect(server.output()).not.toMatch(/^\s+at /m);
		} finally {
			volume.free();
		}
		// writes again once there is space
		const after = randomUUID();
		expect((await answer(server, after, 'text/html')).status).toBe(303);
		thanked.push(after);
		await server.stop();

		const store = await Store.open(databasePath);
		try {
			const stored = new Set(
				(await store.all<{ id: string }>(`select id from response where source = 'web'`)).map(
					(row) => row.id
				)
			);
			for (const sid of thanked) expect(stored.has(responseIdOf(sid)), sid).toBe(true);
			for (const sid of refused) expect(stored.has(responseIdOf(sid)), sid).toBe(false);
			expect(stored.size).toBe(thanked.length);
		} finally {
			store.close();
		}
	}, 120_000);
});
