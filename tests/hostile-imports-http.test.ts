// Hostile and unusual files sent to the built server's ingest page (issue 18, "Honest imports"):
// each is answered with a result or a clear message, never a 500, and the server keeps answering.
// The file-level details are tested through the ingest itself in hostile-imports.test.ts.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../scripts/load-run';
import { startServer, type RunningServer } from './helpers/server';
import { setUpStoreFile } from './helpers/setup-store';
import { removeTempDirs, tempDir } from './helpers/temp';

const password = 'hostile-imports-password';
let server: RunningServer;
let cookie: string;

beforeAll(async () => {
	const databasePath = path.join(tempDir(), 'tahseen.duckdb');
	await setUpStoreFile(databasePath, { email: 'admin@example.sa', password });
	server = await startServer({ DATABASE_PATH: databasePath, TAHSEEN_DEMO: '0' });
	cookie = await signIn(server.url, 'admin@example.sa', password);
}, 120_000);

afterAll(async () => {
	await server?.stop();
	removeTempDirs();
});

/** Posts a file to an ingest action as the page's enhanced form does; the action's JSON reply. */
async function post(action: 'ingest' | 'inspect', kind: string, name: string, bytes: Buffer) {
	const body = new FormData();
	body.set('kind', kind);
	body.set('file', new Blob([new Uint8Array(bytes)]), name);
	const response = await fetch(`${server.url}/ingest?/${action}`, {
		method: 'POST',
		body,
		headers: { origin: server.url, accept: 'application/json', cookie },
		redirect: 'manual'
	});
	const text = await response.text();
	return { status: response.status, text, type: (JSON.parse(text) as { type: string }).type };
}

async function stillServing() {
	expect((await fetch(`${server.url}/health`)).status).toBe(200);
}

function windows1256(text: string): Buffer {
	const table = new Map<string, number>();
	const decoder = new TextDecoder('windows-1256');
	for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
	return Buffer.from([...text].map((c) => table.get(c)!));
}

const arabicLog =
	'رقم الطلب,القناة,نوع الطلب,تاريخ الاستلام\r\nW-1,هاتف,استفسار,2026-11-22 10:00\r\n';

describe('hostile files on the ingest page', () => {
	it('an Excel CSV from an Arabic Windows (Windows-1256) imports, saying it was converted', async () => {
		const reply = await post('ingest', 'interactions', 'excel.csv', windows1256(arabicLog));
		expect(reply.status).toBe(200);
		expect(reply.type).toBe('success');
		expect(reply.text).toContain('windows-1256');
		await stillServing();
	});

	it('UTF-16 files (with and without BOM) are previewed with their headers', async () => {
		for (const bytes of [
			Buffer.from('\ufeff' + arabicLog, 'utf16le'),
			Buffer.from(arabicLog, 'utf16le')
		]) {
			const reply = await post('inspect', 'interactions', 'utf16.csv', bytes);
			expect(reply.type).toBe('success');
			expect(reply.text).toContain('رقم الطلب');
			expect(reply.text).toContain('utf-16le');
			expect(reply.text).not.toContain('i d');
		}
		await stillServing();
	});

	it('Hijri dates are read as Hijri, dates out of range and impossible offsets are rejected rows, not a 500', async () => {
		const hijri = 'id,channel,type,التاريخ الهجري\nHJ-1,phone,inquiry,١٤٤٧/٠٥/٠١\n';
		const read = await post('ingest', 'interactions', 'hijri.csv', Buffer.from(hijri));
		expect(read.type).toBe('success');
		expect(read.text).toContain('hijri_dates');

		const edges =
			'id,channel,type,received_at\n' +
			'OK-1,phone,inquiry,2026-11-22 10:00\n' +
			'BAD-1,phone,inquiry,9999-12-31\n' +
			'BAD-2,phone,inquiry,0001-01-01\n' +
			'BAD-3,phone,inquiry,2026-11-22T10:00+25:00\n' +
			'BAD-4,phone,inquiry,1447-05-01 10:00\n';
		const reply = await post('ingest', 'interactions', 'edges.csv', Buffer.from(edges));
		expect(reply.status).toBe(200);
		expect(reply.type).toBe('success');
		for (const reason of [
			'date_out_of_range:received_at',
			'unparseable_date:received_at',
			'hijri_date:received_at'
		]) {
			expect(reply.text).toContain(reason);
		}
		await stillServing();
	});

	it('a 10 MB comment rejects its row and keeps the rest', async () => {
		const answers =
			'id,submitted_at,csat,comment\nC-1,2026-11-22,5,ok\n' +
			`C-2,2026-11-22,4,"${'x'.repeat(10_000_000)}"\nC-3,2026-11-22,3,fine\n`;
		const reply = await post('ingest', 'responses', 'long.csv', Buffer.from(answers));
		expect(reply.type).toBe('success');
		expect(reply.text).toContain('value_too_long:comment');
		expect(reply.text.length).toBeLessThan(100_000);
		await stillServing();
	});
});
