// Uploads kept between the page's mapping step and the run, and the progress the page polls.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestFileError } from '../src/lib/server/ingest/errors';
import { readProgress, reportProgress } from '../src/lib/server/ingest/progress';
import { findUpload, removeUpload, saveUpload } from '../src/lib/server/ingest/uploads';

describe('uploads', () => {
	it('keeps an upload under a random token until it is removed', async () => {
		const text = 'id,channel,type,received_at\nA,phone,inquiry,2026-11-22\n';
		const saved = await saveUpload(new File([text], 'سجل نوفمبر.CSV'));
		expect(saved.token).toMatch(/^[0-9a-f]{32}$/);
		expect(saved.fileName).toBe('سجل نوفمبر.CSV');
		expect(readFileSync(saved.path, 'utf8')).toBe(text);
		expect(findUpload(saved.token, 'سجل نوفمبر.CSV')?.path).toBe(saved.path);
		removeUpload(saved);
		expect(existsSync(saved.path)).toBe(false);
		expect(findUpload(saved.token, 'سجل نوفمبر.CSV')).toBeUndefined();
	});

	it('refuses other formats before writing, and tokens that are not its own', async () => {
		await expect(saveUpload(new File(['MZ'], 'setup.exe'))).rejects.toBeInstanceOf(IngestFileError);
		expect(findUpload('../../etc/passwd', 'x.csv')).toBeUndefined();
		expect(findUpload('0123456789abcdef0123456789abcdef', '../x.csv')).toBeUndefined();
	});
});

describe('progress', () => {
	it('reports the latest stage of a run by its token', () => {
		const token = 'ab'.repeat(16);
		expect(readProgress(token)).toBeNull();
		reportProgress(token, { stage: 'reading', fraction: 0.1 });
		reportProgress(token, { stage: 'checking', fraction: 0.5 });
		expect(readProgress(token)).toEqual({ stage: 'checking', fraction: 0.5 });
	});
});
