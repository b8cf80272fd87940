// The built server on a disk that fills up, and on a database file made read-only: a clear 503
// (page in the person's language, JSON for enhanced forms) and a line in the log instead of a
// stack trace, reads going on, figures intact after a restart, writes again once the disk is usable.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageMessages } from '../src/lib/i18n/storage-messages';
import { signIn } from '../scripts/load-run';
import { startServer, type RunningServer } from './helpers/server';
import { setUpStoreFile } from './helpers/setup-store';
import { removeTempDirs, tempDir } from './helpers/temp';
import { setImmutable, smallVolume, type SmallVolume } from './helpers/volume';

const password = 'fault-admin-password';
const admin = 'admin@demo.tahseen.sa';
const mounted = smallVolume(96);
if (!('dir' in mounted)) {
	throw new Error(
		`these tests need a small volume to fill (tmpfs or loop ext4, as root): ${mounted.unavailable}`
	);
}
const volume: SmallVolume = mounted;

afterAll(() => {
	volume.unmount();
	removeTempDirs();
});

function createAction(
	server: RunningServer,
	cookie: string,
	title: string,
	accept: string,
	description = ''
) {
	return fetch(`${server.url}/dashboard/actions?/create`, {
		method: 'POST',
		headers: { origin: server.url, cookie, accept },
		body: new URLSearchParams({
			findingKind: 'channel',
			findingValue: 'phone',
			title,
			description,
			team: 'reception',
			status: 'open'
		}),
		redirect: 'manual'
	});
}

const figuresPath = '/api/dashboard/segments-channel?period=last-12-months&format=csv';
const figures = async (server: RunningServer, cookie: string) => {
	const response = await fetch(`${server.url}${figuresPath}`, { headers: { cookie } });
	expect(response.status).toBe(200);
	return response.text();
};

describe(`a full disk (${volume.method})`, () => {
	const databasePath = path.join(volume.dir, 'tahseen.duckdb');
	let server: RunningServer;
	let cookie: string;
	let baseline: string;

	beforeAll(async () => {
		server = await startServer({
			DATABASE_PATH: databasePath,
			TAHSEEN_DEMO_ADMIN_PASSWORD: password
		});
		cookie = await signIn(server.url, admin, password);
		baseline = await figures(server, cookie);
	});
	afterAll(async () => {
		await server?.stop();
		volume.free();
	});

	const acknowledged: string[] = [];
	let refusedTitle = '';

	it('answers writes with 503 and a clear message, keeps serving reads, logs the cause', async () => {
		volume.fill();
		try {
			// a small write can still fit in pages the write-ahead log already holds: write until the
			// disk refuses; every write answered with success must survive, the refused one must not
			let page: Response | undefined;
			for (let i = 0; i < 500; i++) {
				const title = `تحسين الرد على الهاتف ${i}`;
				const response = await createAction(
					server,
					cookie,
					title,
					'text/html',
					'ملاحظة '.repeat(280)
				);
				if (response.status === 200) {
					acknowledged.push(title);
					await response.body?.cancel();
					continue;
				}
				refusedTitle = title;
				page = response;
				break;
			}
			expect(page?.status).toBe(503);
			expect(page!.headers.get('retry-after')).toBe('30');
			const html = await page!.text();
			expect(html).toContain(storageMessages('ar').no_space);
			expect(html).not.toMatch(/\bat .+\.js:\d+|Error:/);

			const enhanced = await createAction(
				server,
				cookie,
				refusedTitle,
				'application/json',
				'x'.repeat(2000)
			);
			expect(enhanced.status).toBe(503);
			expect(await enhanced.json()).toEqual({
				type: 'error',
				error: {
					message: storageMessages('ar').no_space,
					lang: 'ar',
					storage: 'no_space'
				}
			});

			const english = await createAction(
				server,
				`${cookie}; lang=en`,
				refusedTitle,
				'text/html',
				'y'.repeat(2000)
			);
			expect(english.status).toBe(503);
			expect(await english.text()).toContain(storageMessages('en').no_space);

			// large enough that it cannot fit in what the log already holds
			const rows = Array.from(
				{ length: 20_000 },
				(_, i) => `FULL-${i},phone,inquiry,2026-11-01 10:${String(i % 60).padStart(2, '0')}`
			);
			const upload = new FormData();
			upload.set('kind', 'interactions');
			upload.set(
				'file',
				new Blob([`id,channel,type,received_at\n${rows.join('\n')}\n`]),
				'full.csv'
			);
			const ingest = await fetch(`${server.url}/ingest?/ingest`, {
				method: 'POST',
				headers: { origin: server.url, cookie, accept: 'application/json' },
				body: upload
			});
			expect(ingest.status).toBe(503);
			expect(((await ingest.json()) as { error: { storage: string } }).error.storage).toBe(
				'no_space'
			);

			expect(await figures(server, cookie)).toBe(baseline);
			expect(server.output()).toMatch(
				/Tahseen: POST \/dashboard\/actions failed: The database .*tahseen\.duckdb cannot be written: there is no space left on its disk/
			);
			expect(server.output()).not.toMatch(/^\s+at /m);
		} finally {
			volume.free();
		}
		const after = await createAction(server, cookie, 'Answer missed calls', 'application/json');
		expect(after.status).toBe(200);
		expect(((await after.json()) as { type: string }).type).toBe('success');
	});

	it('keeps every figure and stores nothing of the refused writes, across a restart', async () => {
		await server.stop();
		server = await startServer({ DATABASE_PATH: databasePath });
		cookie = await signIn(server.url, admin, password);
		expect(await figures(server, cookie)).toBe(baseline);
		const actions = await (
			await fetch(`${server.url}/dashboard/actions`, { headers: { cookie } })
		).text();
		expect(actions).toContain('Answer missed calls');
		for (const title of acknowledged) expect(actions).toContain(title);
		expect(actions).not.toContain(refusedTitle);
		const runs = await (await fetch(`${server.url}/ingest`, { headers: { cookie } })).text();
		expect(runs).not.toContain('full.csv');
	});
});

describe('a read-only database file', () => {
	const dir = tempDir('tahseen-readonly-');
	const databasePath = path.join(dir, 'tahseen.duckdb');
	const probe = path.join(dir, 'probe');
	writeFileSync(probe, '');
	const immutable = setImmutable(probe, true) && setImmutable(probe, false);
	const env = { DATABASE_PATH: databasePath, TAHSEEN_DEMO: '0' };

	it.runIf(immutable)(
		'writes made while it is read-only are kept in the log; start-up refuses clearly; all are there once writable',
		async () => {
			await setUpStoreFile(databasePath, { email: admin, password });
			let server = await startServer(env);
			let cookie = await signIn(server.url, admin, password);
			expect(setImmutable(databasePath, true)).toBe(true);
			try {
				const logged = await createAction(
					server,
					cookie,
					'written while read-only',
					'application/json'
				);
				expect(logged.status).toBe(200);
				await server.stop();
				const refused = await startServer(env).then(
					() => 'started',
					(error: Error) => error.message
				);
				expect(refused).toMatch(
					/Tahseen cannot start: The database .*tahseen\.duckdb cannot be written: its file or folder is read-only\. .*Make the file and its folder writable/
				);
				expect(refused).not.toMatch(/^\s+at /m);
			} finally {
				setImmutable(databasePath, false);
			}
			server = await startServer(env);
			cookie = await signIn(server.url, admin, password);
			const actions = await (
				await fetch(`${server.url}/dashboard/actions`, { headers: { cookie } })
			).text();
			expect(actions).toContain('written while read-only');
			await server.stop();
		},
		60_000
	);
});
