// Ingest of interaction logs and survey responses: every rule on small fixture files (a CSV's rows,
// idempotency, whitespace and order).
import { describe, expect, it } from 'vitest';
import { getRun, rejectedRows, rejectedRowsCsv } from '../src/lib/server/ingest/runs';
import { fixture, tempFile } from './helpers/ingest-files';
import { ingest, interactions, store, useIngestStore } from './helpers/ingest-store';

useIngestStore();

describe('a semicolon CSV with a BOM, CRLF, Arabic headers and a quoted line break', () => {
	it('stores the valid rows, rejects the others with every reason, counts a repeated id once', async () => {
		const result = await ingest(fixture('interactions-ar.csv'), 'interactions');
		expect(result).toMatchObject({
			inserted: 4,
			updated: 0,
			unchanged: 0,
			rejected: 3,
			duplicates: 1,
			rows: 8,
			masked: 1,
			format: 'csv',
			mappingSource: 'suggested'
		});
		expect(result.inserted + result.updated + result.unchanged + result.rejected).toBe(
			result.rows - result.duplicates
		);

		const rows = await interactions();
		expect(rows.map((r) => [r.id, r.channel, r.type])).toEqual([
			['R-001', 'phone', 'support_request'],
			['R-002', 'website', 'inquiry'],
			['R-003', 'in_person', 'complaint'],
			['R-006', 'social_media', 'suggestion']
		]);
		const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
		// 22/11/2026 09:30 in Riyadh (UTC+3) is 06:30 UTC; an offset is converted, not read as local
		expect(byId['R-001']!.received_at.toISOString()).toBe('2026-11-22T06:30:00.000Z');
		expect(byId['R-001']!.decided_at!.toISOString()).toBe('2026-11-29T07:00:00.000Z');
		expect(byId['R-001']!.decision).toBe('approved');
		// Arabic-Indic digits; a hamza and a damma on the channel name
		expect(byId['R-003']!.received_at.toISOString()).toBe('2026-11-23T07:15:00.000Z');
		expect(byId['R-003']!.closed_at!.toISOString()).toBe('2026-11-24T08:00:00.000Z');
		// the last copy of R-002 wins
		expect(byId['R-002']!.beneficiary_ref).toBe('B-1002');
		// a national ID number in beneficiary_ref is masked
		expect(byId['R-006']!.beneficiary_ref).toBe('[رقم هوية محجوب]');

		const rejected = await rejectedRows(store, result.run_id);
		expect(rejected.map((r) => [r.line, r.reasons])).toEqual([
			[5, ['unknown_channel', 'unparseable_date:received_at']],
			[6, ['unknown_decision', 'decided_before_received']],
			[7, ['missing_value:id', 'missing_value:received_at']]
		]);
		expect(rejected[0]!.raw).toMatchObject({ 'رقم الطلب': 'R-004', القناة: 'حمام زاجل' });
	});

	it('records the run: who, file, size, SHA-256, kind, counts, duration; and an audit entry', async () => {
		const result = await ingest(fixture('interactions-ar.csv'), 'interactions');
		const run = (await getRun(store, result.run_id))!;
		const { createHash } = await import('node:crypto');
		const { readFileSync, statSync } = await import('node:fs');
		const file = fixture('interactions-ar.csv');
		expect(run).toMatchObject({
			status: 'done',
			kind: 'interactions',
			file_name: 'interactions-ar.csv',
			file_size: statSync(file).size,
			file_sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
			actor: 'cli',
			inserted: 4,
			rejected: 3,
			duplicates: 1,
			masked: 1,
			format: 'csv'
		});
		expect(run.duration_ms).toBeGreaterThanOrEqual(0);
		const audit = await store.all<{ action: string; target: string }>(
			'select action, target from audit_log'
		);
		expect(audit).toEqual([{ action: 'ingest.run', target: `ingest_run:${result.run_id}` }]);
	});

	it('offers the rejected rows as CSV with the reasons in words', async () => {
		const result = await ingest(fixture('interactions-ar.csv'), 'interactions');
		const csv = await rejectedRowsCsv(store, result.run_id);
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe(
			'line,reason_codes,reasons,الأسباب,رقم الطلب,القناة,نوع الطلب,تاريخ الاستلام,تاريخ القرار,القرار,تاريخ الإغلاق,الخدمة,الفرع,الفريق,المستفيد'
		);
		expect(lines).toHaveLength(4);
		expect(lines[1]).toContain('Unknown channel | Date not understood: Received at');
		expect(lines[1]).toContain('قناة غير معروفة');
		expect(lines[1]).toContain('حمام زاجل');
	});
});

describe('idempotency and updates', () => {
	it('the same file twice: all unchanged, nothing rewritten', async () => {
		await ingest(fixture('interactions-ar.csv'), 'interactions');
		const before = await interactions();
		const again = await ingest(fixture('interactions-ar.csv'), 'interactions');
		expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, rejected: 3, masked: 0 });
		expect(await interactions()).toEqual(before);
	});

	it('an update file: same instants written differently are unchanged; changed rows updated', async () => {
		await ingest(fixture('interactions-ar.csv'), 'interactions');
		const result = await ingest(fixture('interactions-update.csv'), 'interactions');
		expect(result).toMatchObject({ inserted: 1, updated: 1, unchanged: 2, rejected: 0 });
		const byId = Object.fromEntries((await interactions()).map((r) => [r.id, r]));
		expect(byId['R-003']!.closed_at!.toISOString()).toBe('2026-11-25T08:00:00.000Z');
		// 01/12/2026 is day-first: 1 December, midnight in Riyadh
		expect(byId['R-007']!.received_at.toISOString()).toBe('2026-11-30T21:00:00.000Z');
		expect(byId['R-007']!.channel).toBe('letter');
	});
});

describe('whitespace and order', () => {
	it('a value of only whitespace is no value; spaces around a value are dropped', async () => {
		// U+00A0 no-break space, U+2003 em space, U+3000 ideographic space, U+FEFF
		const file = tempFile(
			'spaces.csv',
			'id,channel,type,received_at,decided_at,decision,closed_at,team\n' +
				' W-1 ,\u00a0phone ,inquiry\u2003, 2026-11-22T09:00:00\u00a0,,\u3000,,\u00a0team-a\n' +
				'W-2,\u2003,inquiry,2026-11-22T09:00:00,\u00a0,,,\n' +
				'W-3,phone,\u3000,\u00a0\u2003,,,,\n' +
				'W-4,phone,inquiry,2026-11-22T09:00:00,\ufeff,pending ,\u2003,\n'
		);
		const result = await ingest(file, 'interactions');
		expect(result).toMatchObject({ inserted: 2, rejected: 2 });
		const rows = await store.all<{
			id: string;
			channel: string;
			type: string;
			received_at: Date;
			decided_at: Date | null;
			decision: string | null;
			closed_at: Date | null;
			team: string | null;
		}>(
			'select id, channel, type, received_at, decided_at, decision, closed_at, team from interaction order by id'
		);
		expect(rows).toEqual([
			{
				id: 'W-1',
				channel: 'phone',
				type: 'inquiry',
				received_at: new Date('2026-11-22T06:00:00Z'),
				decided_at: null,
				decision: null,
				closed_at: null,
				team: 'team-a'
			},
			{
				id: 'W-4',
				channel: 'phone',
				type: 'inquiry',
				received_at: new Date('2026-11-22T06:00:00Z'),
				decided_at: null,
				decision: 'pending',
				closed_at: null,
				team: null
			}
		]);
		const rejected = await rejectedRows(store, result.run_id);
		expect(rejected.map((r) => [r.line, r.reasons])).toEqual([
			[3, ['missing_value:channel']],
			[4, ['missing_value:type', 'missing_value:received_at']]
		]);
	});

	it('a file large enough to be read in parallel keeps its line numbers and its last copy of an id', async () => {
		const rows = 300_000;
		const bad = new Map([
			[0, 'no-such-channel'],
			[149_999, 'no-such-channel'],
			[rows - 2, 'no-such-channel']
		]);
		// about 45 MB: more than one of DuckDB's 32 MB CSV buffers, so threads read parts of it
		const padding = 'x'.repeat(120);
		const lines = ['id,channel,type,received_at,service'];
		for (let i = 0; i < rows; i++) {
			lines.push(
				`L-${i},${bad.get(i) ?? 'phone'},inquiry,2026-01-01T00:00:00,service-${i % 7}-${padding}`
			);
		}
		// a repeated id at the very end: this copy (line rows + 2) wins
		lines.push('L-5,website,inquiry,2026-01-01T00:00:00,last copy');
		const file = tempFile('large.csv', lines.join('\n') + '\n');
		const result = await ingest(file, 'interactions');
		expect(result).toMatchObject({ inserted: rows - 3, rejected: 3, duplicates: 1 });
		const rejected = await rejectedRows(store, result.run_id);
		// line = row + 2: the header is line 1
		expect(rejected.map((r) => [r.line, r.raw.id])).toEqual([
			[2, 'L-0'],
			[150_001, 'L-149999'],
			[rows, `L-${rows - 2}`]
		]);
		const [copy] = await store.all<{ channel: string; service: string }>(
			"select channel, service from interaction where id = 'L-5'"
		);
		expect(copy).toEqual({ channel: 'website', service: 'last copy' });
	});

	it('two ingests at once store each new id once', async () => {
		const file = tempFile(
			'twice.csv',
			'id,channel,type,received_at\n' +
				Array.from({ length: 500 }, (_, i) => `T-${i},phone,inquiry,2026-11-22T09:00:00`).join('\n')
		);
		const results = await Promise.all([ingest(file, 'interactions'), ingest(file, 'interactions')]);
		expect(results.map((r) => [r.inserted, r.unchanged]).sort()).toEqual([
			[0, 500],
			[500, 0]
		]);
		const [counts] = await store.all<{ n: number; ids: number }>(
			'select count(*) as n, count(distinct id) as ids from interaction'
		);
		expect(counts).toEqual({ n: 500, ids: 500 });
	});
});
