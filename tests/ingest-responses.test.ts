// Ingest of interaction logs and survey responses: every rule on small fixture files (survey
// responses, masking, file-level problems and column mappings).
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../src/lib/domain/masking';
import { IngestFileError } from '../src/lib/server/ingest/errors';
import { inspectFile } from '../src/lib/server/ingest/inspect';
import { getRun, rejectedRows } from '../src/lib/server/ingest/runs';
import { tempDir } from './helpers/temp';
import { fixture, tempFile } from './helpers/ingest-files';
import { ingest, snapshot, store, useIngestStore } from './helpers/ingest-store';

useIngestStore();

describe('survey responses', () => {
	it('a Google Forms export: question text mapped, answers kept, e-mail column dropped, ratings checked', async () => {
		const file = fixture('responses-google-forms.csv');
		const result = await ingest(file, 'responses');
		const comment = 'شكرا، تواصلوا معي على 0551234567 أو a.b@mail.example.com';
		const reference = maskPersonalData(comment);
		expect(result).toMatchObject({
			inserted: 2,
			rejected: 2,
			unchanged: 0,
			masked: reference.masked
		});
		const responses = await store.all<{
			id: string;
			submitted_at: Date;
			csat: number;
			nps: number;
			ces: number | null;
			comment: string | null;
			source: string;
		}>(
			'select id, submitted_at, csat, nps, ces, comment, source from response order by submitted_at'
		);
		expect(responses.map((r) => [r.csat, r.nps, r.ces, r.source])).toEqual([
			[5, 9, 6, 'ingest'],
			[4, 10, null, 'ingest']
		]);
		expect(responses[0]!.comment).toBe(reference.text);
		// month-first (11/22/2026), organisation time
		expect(responses[0]!.submitted_at.toISOString()).toBe('2026-11-22T11:05:09.000Z');
		expect(responses[1]!.submitted_at.toISOString()).toBe('2026-11-23T06:10:00.000Z');
		expect(responses[0]!.id).toMatch(/^row-[0-9a-f]{32}$/);
		const answers = await store.all('select question, value from response_answer order by value');
		expect(answers).toEqual([
			{ question: 'ما الفرع الذي زرته؟', value: 'بقعاء' },
			{ question: 'ما الفرع الذي زرته؟', value: 'حائل' }
		]);
		const rejected = await rejectedRows(store, result.run_id);
		expect(rejected.map((r) => [r.line, r.reasons])).toEqual([
			[4, ['out_of_range:csat']],
			[5, ['out_of_range:nps', 'not_a_number:ces']]
		]);
		const again = await ingest(file, 'responses');
		expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, rejected: 2 });
	});

	it('a KoboToolbox export: _submission_time read as UTC, Arabic digits, masked comment', async () => {
		const result = await ingest(fixture('responses-kobo.jsonl'), 'responses');
		expect(result).toMatchObject({ inserted: 2, rejected: 0, masked: 1 });
		const rows = await store.all<{
			id: string;
			submitted_at: Date;
			csat: number;
			comment: string | null;
		}>('select id, submitted_at, csat, comment from response order by id');
		expect(rows.map((r) => [r.id, r.submitted_at.toISOString(), r.csat])).toEqual([
			['501', '2026-11-22T11:05:09.000Z', 4],
			['502', '2026-11-22T12:00:00.000Z', 5]
		]);
		expect(rows[0]!.comment).toBe(maskPersonalData('رقم هويتي ٢٤١٢٣٤٥٦٧٨').text);
		const answers = await store.all('select response_id, question, value from response_answer');
		expect(answers).toEqual([{ response_id: '501', question: 'branch', value: 'حائل' }]);
	});

	it('an answer changed in a later export updates the response and its answers', async () => {
		const dir = tempDir();
		const first = path.join(dir, 'a.csv');
		writeFileSync(
			first,
			'id,submitted_at,csat,الفرع\nS-1,2026-11-22 10:00,4,حائل\nS-2,2026-11-22 11:00,5,حائل\n'
		);
		await ingest(first, 'responses');
		const second = path.join(dir, 'b.csv');
		writeFileSync(
			second,
			'id,submitted_at,csat,الفرع\nS-1,2026-11-22 10:00,4,بقعاء\nS-2,2026-11-22 11:00,5,حائل\n'
		);
		const result = await ingest(second, 'responses');
		expect(result).toMatchObject({ updated: 1, unchanged: 1 });
		expect(await store.all("select value from response_answer where response_id = 'S-1'")).toEqual([
			{ value: 'بقعاء' }
		]);
	});
});

describe('masking', () => {
	it('masks personal data in comments and answers as the TypeScript rules do, and counts it', async () => {
		const texts = [
			'اتصلوا على 0551234567 بعد العصر',
			'جوالي +966 55 123 4567 و ٠٥٥١٢٣٤٥٦٧',
			'هاتف الجمعية 016- 5383555 و TEL : +96614198833',
			'رقم الهوية 1012345678 والإقامة 2412345678',
			'0551234567 0561234567',
			'انتظرت 14 يوما والمبلغ 1500 ريال'
		];
		const file = tempFile(
			'masking.csv',
			'id,submitted_at,comment,سؤال آخر\n' +
				texts.map((t, i) => `M-${i},2026-11-22 10:00,"${t}","${t}"`).join('\n')
		);
		const result = await ingest(file, 'responses');
		const expected = texts.map((t) => maskPersonalData(t));
		expect(result.masked).toBe(2 * expected.reduce((n, e) => n + e.masked, 0));
		const rows = await store.all<{ comment: string; value: string }>(
			'select r.comment, a.value from response r join response_answer a on a.response_id = r.id order by r.id'
		);
		expect(rows.map((r) => r.comment)).toEqual(expected.map((e) => e.text));
		expect(rows.map((r) => r.value)).toEqual(expected.map((e) => e.text));
	});

	it('masks personal data in a rejected row’s stored raw values too', async () => {
		const file = tempFile(
			'bad.csv',
			'id,channel,type,received_at,beneficiary_ref\nB-1,pigeon,inquiry,2026-11-22,0551234567\n'
		);
		const result = await ingest(file, 'interactions');
		expect(result).toMatchObject({ rejected: 1, masked: 1 });
		const [row] = await rejectedRows(store, result.run_id);
		expect(row!.raw.beneficiary_ref).toBe('[هاتف محجوب]');
	});
});

describe('file-level problems change nothing', () => {
	it.each([
		['no such file', () => fixture('missing.csv'), 'no_such_file', []],
		['unsupported format', () => tempFile('log.pdf', '%PDF-1.4'), 'unsupported_format', ['.pdf']],
		['empty file', () => tempFile('empty.csv', ''), 'empty_file', ['empty.csv']],
		[
			'header but no rows',
			() => tempFile('header.csv', 'id,channel,type,received_at\n'),
			'empty_file',
			['header.csv']
		],
		[
			'required columns missing',
			() => tempFile('partial.csv', 'id,channel,foo\n1,phone,x\n'),
			'missing_columns',
			['type', 'received_at']
		]
	] as const)('%s', async (_name, make, code, detail) => {
		await ingest(fixture('interactions-ar.csv'), 'interactions');
		const before = await snapshot();
		const error = await ingest(make(), 'interactions').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(IngestFileError);
		expect((error as IngestFileError).code).toBe(code);
		if (detail.length) expect((error as IngestFileError).detail).toEqual(detail);
		expect((error as Error).message.split('\n')).toHaveLength(1);
		expect(await snapshot()).toEqual(before);
	});
});

describe('column mappings', () => {
	const headers = 'رقم,وسيلة الوصول,التصنيف,متى\n';
	it('suggests from headers, saves a mapping by name and uses it for later files with the same headers', async () => {
		const dir = tempDir();
		const first = path.join(dir, 'branch-a.csv');
		writeFileSync(first, headers + 'A-1,هاتف,استفسار,2026-11-22 10:00\n');
		const inspection = await inspectFile(store, { path: first, kind: 'interactions' });
		expect(inspection.suggestion.columns).toEqual({ id: 'رقم', type: 'التصنيف' });
		expect(inspection.preview).toEqual([
			{ line: 2, values: ['A-1', 'هاتف', 'استفسار', '2026-11-22 10:00'] }
		]);
		await expect(ingest(first, 'interactions')).rejects.toMatchObject({
			code: 'missing_columns',
			detail: ['channel', 'received_at']
		});
		const columns = { id: 'رقم', channel: 'وسيلة الوصول', type: 'التصنيف', received_at: 'متى' };
		const saved = await ingest(first, 'interactions', {
			mapping: { columns: { columns }, saveAs: 'فرع أ' }
		});
		expect(saved).toMatchObject({ inserted: 1, mappingName: 'فرع أ', mappingSource: 'given' });

		const second = path.join(dir, 'branch-a-december.csv');
		writeFileSync(second, headers + 'A-2,الموقع,شكوى,2026-12-01 10:00\n');
		expect((await inspectFile(store, { path: second, kind: 'interactions' })).saved?.name).toBe(
			'فرع أ'
		);
		const auto = await ingest(second, 'interactions');
		expect(auto).toMatchObject({ inserted: 1, mappingName: 'فرع أ', mappingSource: 'saved' });
		const named = await ingest(second, 'interactions', { mapping: { name: 'فرع أ' } });
		expect(named).toMatchObject({ unchanged: 1, mappingSource: 'named' });
		await expect(
			ingest(second, 'interactions', { mapping: { name: 'لا يوجد' } })
		).rejects.toMatchObject({
			code: 'unknown_mapping'
		});
		const run = await getRun(store, auto.run_id);
		expect(run?.mapping_name).toBe('فرع أ');
	});

	it('copies of a file under another name are the same data', async () => {
		const file = path.join(tempDir(), 'copy.csv');
		copyFileSync(fixture('interactions-update.csv'), file);
		await ingest(fixture('interactions-update.csv'), 'interactions');
		expect(await ingest(file, 'interactions')).toMatchObject({ unchanged: 4, inserted: 0 });
	});
});
