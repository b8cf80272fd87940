// Shared set-up of the survey-public-*.test.ts files: one built server per file on a seeded store,
// form posts as a browser without JavaScript sends them, and the answers expected in the database.
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { prepareStore } from '../../src/lib/server/bootstrap';
import { Store } from '../../src/lib/server/db';
import { hashSurveyToken, newSurveyToken } from '../../src/lib/server/survey/token';
import { startServer, type RunningServer } from './server';
import { removeTempDirs, tempDir } from './temp';

export const databasePath = path.join(tempDir(), 'survey.duckdb');
export let server: RunningServer;
export let interaction: {
	id: string;
	channel: string;
	branch: string | null;
	service: string | null;
};
export const freshToken = newSurveyToken();
export const usedToken = newSurveyToken();

/** What the last test checks in the database once the server has stopped. */
export const expected = {
	stored: new Map<string, Record<string, unknown>>(),
	absent: new Set<string>(),
	acknowledged: 0
};

const v1 = [
	{ key: 'csat', type: 'csat', required: true, text_ar: 'رضاك؟', text_en: 'Satisfied?' },
	{
		key: 'visit',
		type: 'single',
		required: false,
		text_ar: 'وقت الزيارة',
		text_en: 'Time of visit',
		options: [
			{ value: 'morning', text_ar: 'صباحًا', text_en: 'Morning' },
			{ value: 'evening', text_ar: 'مساءً', text_en: 'Evening' }
		]
	}
];
const v2 = [
	{ key: 'csat', type: 'csat', required: true, text_ar: 'رضاك؟', text_en: 'Satisfied?' },
	{
		key: 'waiting',
		type: 'text',
		required: false,
		text_ar: 'كم انتظرت؟',
		text_en: 'How long did you wait?'
	}
];

let sidCounter = 0;
export function sid(): string {
	sidCounter++;
	return `5e1f0000-0000-4000-8000-${String(sidCounter).padStart(12, '0')}`;
}

export async function post(
	pathname: string,
	fields: Record<string, string | string[]>,
	{
		address = '10.0.0.1',
		headers = {}
	}: { address?: string; headers?: Record<string, string> } = {}
): Promise<Response> {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
	}
	return fetch(`${server.url}${pathname}`, {
		method: 'POST',
		headers: {
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': address,
			...headers
		},
		body,
		redirect: 'manual'
	});
}

/** A GET whose body arrives exactly as sent (bytes on the wire), for the page weight. */
export function rawGet(
	url: string
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

/**
 * A form post on a connection of its own, closed after the reply: for a body the server refuses
 * before reading it (over the cap), so that no connection of fetch's pool is left holding the
 * unread rest of a body for the next request to be read as.
 */
export function postAlone(
	pathname: string,
	fields: Record<string, string>
): Promise<{ status: number; text: string }> {
	const body = new URLSearchParams(fields).toString();
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			`${server.url}${pathname}`,
			{
				method: 'POST',
				agent: false,
				headers: {
					origin: server.url,
					accept: 'text/html',
					connection: 'close',
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body),
					'x-forwarded-for': '10.0.0.1'
				}
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() })
				);
			}
		);
		// the server may close the connection before the whole body is written
		req.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
		});
		req.end(body);
	});
}

/** Seeds the demo store with the surveys and links below, then starts the built server on it. */
export function useSurveyServer(): void {
	beforeAll(async () => {
		const store = await Store.open(databasePath);
		await prepareStore(store, {
			seedDemoOnFirstStart: true,
			demoAdminPassword: 'survey-admin-pass'
		});
		interaction = (await store.one(
			`select id, channel, branch, service from interaction where branch is not null order by id limit 1`
		)) as typeof interaction;
		const satisfaction = (await store.one<{ id: number }>(
			`select id from survey where slug = 'satisfaction'`
		))!.id;
		await store.run(
			`insert into survey_token (token_hash, survey_id, interaction_id) values (?, ?, ?), (?, ?, null)`,
			[
				hashSurveyToken(freshToken),
				satisfaction,
				interaction.id,
				hashSurveyToken(usedToken),
				satisfaction
			]
		);
		await store.run(
			`update survey_token set used_at = current_timestamp, response_id = 'web-x'
		where token_hash = ?`,
			[hashSurveyToken(usedToken)]
		);
		const add = async (slug: string, status: string, active: number | null, embeddable = false) =>
			(await store.one<{ id: number }>(
				`insert into survey (slug, title_ar, title_en, status, active_version, embeddable)
			 values (?, 'استبيان ' || ?, 'Survey ' || ?, ?, ?, ?) returning id`,
				[slug, slug, slug, status, active, embeddable]
			))!.id;
		const version = (id: number, n: number, questions: unknown, published = true) =>
			store.run(
				`insert into survey_version (survey_id, version, questions, published_at)
			 values (?, ?, ?::json, ${published ? 'current_timestamp' : 'null'})`,
				[id, n, JSON.stringify(questions)]
			);
		const versioned = await add('versioned', 'active', 2);
		await version(versioned, 1, v1);
		await version(versioned, 2, v2);
		await version(await add('closed-one', 'closed', 1), 1, v1);
		await version(await add('draft-one', 'draft', null), 1, v1, false);
		await version(await add('embedded', 'active', 1, true), 1, v1);
		await store.run(`update organisation set public_actions_page = true`);
		store.close();
		server = await startServer({ DATABASE_PATH: databasePath, ADDRESS_HEADER: 'x-forwarded-for' });
	});

	afterAll(async () => {
		await server?.stop();
		removeTempDirs();
	});
}
