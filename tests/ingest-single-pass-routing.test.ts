// Which files the single pass (src/lib/server/ingest/single-pass.ts) takes, and which it sends to
// the staged path.
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import { removeTempDirs } from './helpers/temp';
import { type Row, writeCsv, clean } from './helpers/single-pass-files';
import { openStore, ingestRows, rejected, counts } from './helpers/single-pass-store';

afterAll(() => removeTempDirs());

describe('which files the single pass takes', () => {
	it('stores a clean file in one pass, and finds it unchanged the second time', async () => {
		const store = await openStore();
		try {
			const file = writeCsv([
				clean('A'),
				clean('B', { beneficiary_ref: 'جوال 0551234567' }),
				clean('C', { channel: 'الموقع الإلكتروني للجمعية', type: 'استفسار', decided_at: '' })
			]);
			const first = await ingestFile(store, { path: file, kind: 'interactions', actor: 't' });
			expect(first.method).toBe('single_pass');
			expect(counts(first)).toEqual({
				inserted: 3,
				updated: 0,
				unchanged: 0,
				rejected: 0,
				masked: 1,
				duplicates: 0,
				rows: 3
			});
			const rows = await store.all<{ id: string; channel: string; type: string; ref: string }>(
				'select id, channel, type, beneficiary_ref as ref from interaction order by id'
			);
			expect(rows).toEqual([
				{ id: 'A', channel: 'phone', type: 'support_request', ref: 'BEN-1' },
				{ id: 'B', channel: 'phone', type: 'support_request', ref: 'جوال [هاتف محجوب]' },
				{ id: 'C', channel: 'website', type: 'inquiry', ref: 'BEN-1' }
			]);
			const received = await store.one<{ t: Date }>(
				"select received_at as t from interaction where id = 'A'"
			);
			expect(received!.t.toISOString()).toBe('2026-03-01T06:00:00.000Z');

			const again = await ingestFile(store, { path: file, kind: 'interactions', actor: 't' });
			expect(again.method).toBe('single_pass');
			expect(counts(again)).toMatchObject({ inserted: 0, unchanged: 3, rows: 3 });
			const runs = await store.all<{ run: number }>(
				'select distinct ingest_run_id as run from interaction'
			);
			expect(runs).toEqual([{ run: first.run_id }]);
		} finally {
			store.close();
		}
	});

	it('reads a file with the dialect found for its headers: semicolons, a BOM, CRLF, quotes', async () => {
		const store = await openStore();
		try {
			const file = writeCsv(
				[
					clean('A', { service: 'خدمة; الإغاثة', team: 'سطر\nثانٍ' }),
					clean('B', { branch: 'فرع "حائل"' })
				],
				{ delimiter: ';', newline: '\r\n', bom: true, quoteAll: true }
			);
			const result = await ingestFile(store, { path: file, kind: 'interactions', actor: 't' });
			expect(result.method).toBe('single_pass');
			expect(counts(result)).toMatchObject({ inserted: 2, rejected: 0 });
			expect(
				await store.all('select id, service, branch, team from interaction order by id')
			).toEqual([
				{ id: 'A', service: 'خدمة; الإغاثة', branch: 'فرع حائل', team: 'سطر\nثانٍ' },
				{ id: 'B', service: 'خدمة الإغاثة', branch: 'فرع "حائل"', team: null }
			]);
		} finally {
			store.close();
		}
	});

	it('settles a file whose last row is bad the staged way, keeping nothing of the attempt', async () => {
		const store = await openStore();
		try {
			const rows = Array.from({ length: 50 }, (_, i) => clean(`R${i}`));
			rows.push(clean('BAD', { decided_at: '2026-02-01 09:00:00' }));
			const result = await ingestRows(store, rows);
			expect(result.method).toBe('staged');
			expect(counts(result)).toMatchObject({ inserted: 50, rejected: 1, rows: 51 });
			expect(await rejected(store, result.run_id)).toEqual([
				expect.objectContaining({ line_number: 52, reasons: ['decided_before_received'] })
			]);
			const runs = await store.all('select id, status from ingest_run order by id');
			expect(runs).toEqual([expect.objectContaining({ status: 'done' })]);
		} finally {
			store.close();
		}
	});

	it('sends a file that repeats an id, or mixes stored and new ids, the staged way', async () => {
		const store = await openStore();
		try {
			const repeated = await ingestRows(store, [
				clean('A'),
				clean('B'),
				clean('A', { decision: 'pending' })
			]);
			expect(repeated.method).toBe('staged');
			expect(counts(repeated)).toMatchObject({ inserted: 2, duplicates: 1 });
			const mixed = await ingestRows(store, [clean('A', { decision: 'pending' }), clean('C')]);
			expect(mixed.method).toBe('staged');
			expect(counts(mixed)).toMatchObject({ inserted: 1, unchanged: 1 });
			const changed = await ingestRows(store, [clean('A'), clean('C')]);
			expect(changed.method).toBe('staged');
			expect(counts(changed)).toMatchObject({ updated: 1, unchanged: 1 });
		} finally {
			store.close();
		}
	});

	// every stored value takes part in ingest_unchanged (sql/ingest/macros.sql), which both ways use
	const changes: [keyof Row, string][] = [
		['channel', 'website'],
		['type', 'complaint'],
		['received_at', '2026-03-01 08:00:00'],
		['decided_at', '2026-03-06 10:30:00'],
		['decision', 'rejected'],
		['closed_at', '2026-03-09 12:00:00'],
		['service', 'خدمة أخرى'],
		['branch', 'فرع الرياض'],
		['team', 'فريق ب'],
		['beneficiary_ref', 'BEN-2']
	];
	it.each(changes)('finds a row updated when only its %s differs', async (column, value) => {
		const store = await openStore();
		try {
			await ingestRows(store, [clean('A'), clean('B')]);
			const same = await ingestRows(store, [clean('A'), clean('B')]);
			expect(counts(same)).toMatchObject({ unchanged: 2, updated: 0 });
			const changed = await ingestRows(store, [clean('A'), clean('B', { [column]: value })]);
			expect(counts(changed)).toMatchObject({ unchanged: 1, updated: 1, rejected: 0 });
		} finally {
			store.close();
		}
	});

	it('learns a spelling of a name from the staged path and takes the next file with it', async () => {
		const store = await openStore();
		try {
			const first = await ingestRows(store, [clean('A', { channel: 'الأتصالات الهاتفيه' })]);
			expect(first.method).toBe('staged');
			expect(first.inserted).toBe(1);
			const next = await ingestRows(store, [clean('B', { channel: 'الأتصالات الهاتفيه' })]);
			expect(next.method).toBe('single_pass');
			const channels = await store.all('select distinct channel from interaction');
			expect(channels).toEqual([{ channel: 'phone' }]);
		} finally {
			store.close();
		}
	});
});
