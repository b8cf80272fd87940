// The ingest page: upload, map columns with a preview, run, see the result and past runs.
// Works as plain multipart form posts; the page enhances them when JavaScript runs.
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import {
	canonicalColumns,
	requiredColumns,
	type ColumnMapping,
	type IngestKind
} from '$lib/domain/ingest-columns';
import type { MappingView } from '$lib/components/ingest/types';
import { appStore } from '$lib/server/app-store';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { IngestFileError } from '$lib/server/ingest/errors';
import { ingestFile } from '$lib/server/ingest/ingest';
import { inspectFile } from '$lib/server/ingest/inspect';
import { organisationForIngest } from '$lib/server/ingest/organisation-check';
import { progressTokenPattern, reportProgress } from '$lib/server/ingest/progress';
import { getRun, listRuns, rejectedRows } from '$lib/server/ingest/runs';
import type { IngestOptions, IngestResult } from '$lib/server/ingest/types';
import type { SessionUser } from '$lib/roles';
import { findUpload, removeUpload, saveUpload, type SavedUpload } from '$lib/server/ingest/uploads';
import { isRowId } from '$lib/schemas/common';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const shownRejected = 100;

const kindSchema = z.enum(['interactions', 'responses']);
const sheetSchema = z
	.string()
	.trim()
	.max(100)
	.optional()
	.transform((v) => v || undefined);
const progressSchema = z
	.string()
	.regex(progressTokenPattern)
	.optional()
	.or(z.literal('').transform(() => undefined));

const uploadSchema = z.object({
	kind: kindSchema,
	sheet: sheetSchema,
	progress: progressSchema,
	file: z.instanceof(File).refine((f) => f.size > 0 || f.name !== '', 'no file')
});

const runSchema = z.object({
	kind: kindSchema,
	sheet: sheetSchema,
	progress: progressSchema,
	token: z.string().regex(/^[0-9a-f]{32}$/),
	fileName: z.string().min(1).max(255),
	saveAs: z
		.string()
		.trim()
		.max(100)
		.optional()
		.transform((v) => v || undefined)
});

type FileProblem = { code: string; detail: string[]; message: string };

function problem(error: unknown): FileProblem {
	if (error instanceof IngestFileError) {
		return { code: error.code, detail: error.detail, message: error.message };
	}
	throw error;
}

async function inspection(
	upload: SavedUpload,
	kind: IngestKind,
	sheet: string | undefined
): Promise<MappingView> {
	const store = await appStore();
	const found = await inspectFile(store, {
		path: upload.path,
		fileName: upload.fileName,
		kind,
		sheet
	});
	const mapping: ColumnMapping = found.saved?.mapping ?? found.suggestion;
	return {
		token: upload.token,
		fileName: upload.fileName,
		kind,
		sheet: sheet ?? null,
		format: found.format,
		headers: found.headers,
		mapping: { columns: mapping.columns, ignore: mapping.ignore ?? [] },
		savedName: found.saved?.name ?? null,
		preview: found.preview,
		rows: found.rows,
		encoding: found.encoding,
		columns: [...canonicalColumns(kind)],
		required: [...requiredColumns(kind)]
	};
}

async function resultView(result: IngestResult) {
	const store = await appStore();
	return {
		result,
		rejected: await rejectedRows(store, result.run_id, shownRejected)
	};
}

/**
 * Ingests a saved upload as the signed-in person, reporting progress under the page's token,
 * then removes the upload and returns the result with its first rejected rows.
 */
async function ingestUpload(
	event: RequestEvent,
	user: SessionUser,
	upload: SavedUpload,
	options: Pick<IngestOptions, 'kind' | 'sheet' | 'mapping'> & { progress: string | undefined }
) {
	const { progress, ...rest } = options;
	const result = await ingestFile(await appStore(), {
		...rest,
		path: upload.path,
		fileName: upload.fileName,
		userId: user.id,
		actor: user.email,
		clientAddress: event.getClientAddress(),
		onProgress: progress ? (p) => reportProgress(progress, p) : undefined
	});
	removeUpload(upload);
	return resultView(result);
}

export const load: PageServerLoad = async (event) => {
	requireRole(event, staffRoles);
	const store = await appStore();
	const runs = await listRuns(store, 30);
	const runId = Number(event.url.searchParams.get('run'));
	const selected = isRowId(runId) ? await getRun(store, runId) : undefined;
	return {
		runs,
		selected: selected
			? { run: selected, rejected: await rejectedRows(store, selected.id, shownRejected) }
			: null
	};
};

export const actions: Actions = {
	/** Saves the upload and shows the mapping step with suggestions and a preview. */
	inspect: async (event) => {
		requireRole(event, staffRoles);
		const parsed = uploadSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success)
			return fail(400, { problem: { code: 'no_file', detail: [], message: '' } });
		const { kind, sheet, file } = parsed.data;
		let upload: SavedUpload | undefined;
		try {
			upload = await saveUpload(file);
			return { mapping: await inspection(upload, kind, sheet) };
		} catch (error) {
			if (upload) removeUpload(upload);
			return fail(400, { problem: problem(error) });
		}
	},

	/** Ingests the upload at once with the saved or suggested mapping; asks for a mapping if needed. */
	ingest: async (event) => {
		const user = requireRole(event, staffRoles);
		const parsed = uploadSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success)
			return fail(400, { problem: { code: 'no_file', detail: [], message: '' } });
		const { kind, sheet, file, progress } = parsed.data;
		let upload: SavedUpload | undefined;
		try {
			await organisationForIngest(await appStore());
			upload = await saveUpload(file);
			return await ingestUpload(event, user, upload, { kind, sheet, progress });
		} catch (error) {
			if (!(error instanceof IngestFileError) && upload) removeUpload(upload);
			const found = problem(error);
			if (upload && (found.code === 'missing_columns' || found.code === 'unknown_headers')) {
				// keep the upload: the person maps the columns and runs it from the mapping step
				return fail(400, { problem: found, mapping: await inspection(upload, kind, sheet) });
			}
			if (upload) removeUpload(upload);
			return fail(400, { problem: found });
		}
	},

	/** Ingests a saved upload with the mapping chosen on the page (optionally saving it by name). */
	run: async (event) => {
		const user = requireRole(event, staffRoles);
		const form = await event.request.formData();
		const parsed = runSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success)
			return fail(400, { problem: { code: 'bad_input', detail: [], message: '' } });
		const { kind, sheet, token, fileName, saveAs, progress } = parsed.data;
		const upload = findUpload(token, fileName);
		if (!upload) {
			return fail(400, { problem: { code: 'no_such_file', detail: [fileName], message: '' } });
		}
		const columns: ColumnMapping['columns'] = {};
		for (const column of canonicalColumns(kind)) {
			const header = form.get(`col_${column}`);
			if (typeof header === 'string' && header !== '' && header.length <= 500)
				columns[column] = header;
		}
		const ignore = form
			.getAll('ignore')
			.filter((v): v is string => typeof v === 'string' && v.length <= 500);
		try {
			await organisationForIngest(await appStore());
			return await ingestUpload(event, user, upload, {
				kind,
				sheet,
				progress,
				mapping: { columns: { columns, ignore }, saveAs }
			});
		} catch (error) {
			const found = problem(error);
			return fail(400, { problem: found, mapping: await inspection(upload, kind, sheet) });
		}
	}
};
