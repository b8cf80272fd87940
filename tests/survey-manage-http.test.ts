// Survey management through the built server on the demo data: role checks on every action and
// endpoint, the question editor without JavaScript, publishing, QR codes, one-time links as CSV,
// and the token command refusing while the server holds the database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSurveyQuestions } from '../src/lib/server/demo/catalog';
import { addDays, isoDateIn } from '../src/lib/domain/zoned-time';
import { root, signIn, startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const adminPassword = 'survey-admin-password';
const databasePath = path.join(tempDir(), 'surveys.duckdb');
let server: RunningServer;
const cookies: Record<'admin' | 'manager' | 'board', string> = {
	admin: '',
	manager: '',
	board: ''
};

type Who = 'anonymous' | 'board' | 'manager' | 'admin';

function post(who: Who, url: string, body: Record<string, string> | URLSearchParams = {}) {
	return fetch(`${server.url}${url}`, {
		method: 'POST',
		headers: {
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(who === 'anonymous' ? {} : { cookie: cookies[who] })
		},
		body: body instanceof URLSearchParams ? body : new URLSearchParams(body),
		redirect: 'manual'
	});
}

function get(who: Who, url: string) {
	return fetch(`${server.url}${url}`, {
		headers: { accept: 'text/html', ...(who === 'anonymous' ? {} : { cookie: cookies[who] }) },
		redirect: 'manual'
	});
}

/** The editor's fields for a question list, as the page's form posts them. */
function editorFields(
	questions: {
		key: string;
		type: string;
		required: boolean;
		text_ar: string;
		text_en: string;
		options?: { value: string; text_ar: string; text_en: string }[];
	}[]
): URLSearchParams {
	const fields = new URLSearchParams();
	questions.forEach((q, i) => {
		fields.set(`q${i}_key`, q.key);
		fields.set(`q${i}_type`, q.type);
		if (q.required) fields.set(`q${i}_required`, 'on');
		fields.set(`q${i}_text_ar`, q.text_ar);
		fields.set(`q${i}_text_en`, q.text_en);
		(q.options ?? []).forEach((o, j) => {
			fields.set(`q${i}_o${j}_value`, o.value);
			fields.set(`q${i}_o${j}_text_ar`, o.text_ar);
			fields.set(`q${i}_o${j}_text_en`, o.text_en);
		});
	});
	return fields;
}

const today = isoDateIn(new Date(), 'Asia/Riyadh');
const period = { from: addDays(today, -20), to: addDays(today, -14) };

beforeAll(async () => {
	server = await startServer({
		DATABASE_PATH: databasePath,
		TAHSEEN_DEMO_ADMIN_PASSWORD: adminPassword
	});
	cookies.admin = await signIn(server.url, 'admin@demo.tahseen.sa', adminPassword);
	for (const role of ['manager', 'board'] as const) {
		const created = await post('admin', '/admin/users?/create', {
			email: `${role}@example.sa`,
			role,
			password: `${role}-password-123`
		});
		expect(created.status).toBe(200);
		cookies[role] = await signIn(server.url, `${role}@example.sa`, `${role}-password-123`);
	}
});

afterAll(async () => {
	await server?.stop();
	removeTempDirs();
});

describe('who may change surveys', () => {
	// valid bodies, so that a refusal is about the role and not the form
	const attempts: [string, Record<string, string> | URLSearchParams][] = [
		['/surveys?/create', { slug: 'not-allowed', title_ar: 'ممنوع', title_en: 'Not allowed' }],
		['/surveys/1?/meta', { title_ar: 'عنوان آخر', title_en: 'Another title' }],
		['/surveys/1?/publish', { version: '1' }],
		['/surveys/1?/close', { status: 'active' }],
		['/surveys/1?/reopen', { status: 'closed' }],
		['/surveys/1/edit?/save', editorFields(defaultSurveyQuestions.slice(0, 1))],
		['/surveys/1/edit?/add', { target: 'new', new_type: 'text' }],
		['/surveys/1/edit?/remove', { target: 'q0' }],
		['/surveys/1/edit?/up', { target: 'q1' }],
		['/surveys/1/edit?/discard', { version: '2' }],
		['/surveys/1/tokens/csv', period]
	];

	it('refuses anonymous visitors (401) and board members (403), and nothing changes', async () => {
		for (const [url, body] of attempts) {
			expect((await post('anonymous', url, body)).status, url).toBe(401);
			expect((await post('board', url, body)).status, url).toBe(403);
		}
		const list = await (await get('manager', '/surveys')).text();
		expect(list).not.toContain('not-allowed');
		const overview = await (await get('manager', '/surveys/1')).text();
		expect(overview).toContain('action="?/close"');
		expect(overview).not.toContain('عنوان آخر');
		const tokens = await (await get('manager', '/surveys/1/tokens')).text();
		expect(tokens).not.toMatch(/<dd>[1-9١-٩]/);
	});

	it('sends anonymous visitors of the pages to sign in and shows board members 403', async () => {
		for (const page of ['/surveys', '/surveys/1', '/surveys/1/edit', '/surveys/1/links']) {
			const anonymous = await get('anonymous', page);
			expect(anonymous.status).toBe(303);
			expect(anonymous.headers.get('location')).toBe(
				`/login?redirectTo=${encodeURIComponent(page)}`
			);
			expect((await get('board', page)).status).toBe(403);
		}
	});
});

describe('QR codes', () => {
	const link = () => `${server.url}/s/satisfaction?c=phone&b=hail`;

	it('draws the link of a channel and a branch as SVG', async () => {
		const response = await get('manager', '/surveys/1/qr?c=phone&b=hail&format=svg&download=1');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
		expect(response.headers.get('content-disposition')).toContain(
			'attachment; filename="qr-satisfaction-phone-hail.svg"'
		);
		const svg = await response.text();
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+"/
		);
		// the same code the qrcode package draws for the expected link
		const expected = await QRCode.toString(link(), {
			type: 'svg',
			errorCorrectionLevel: 'M',
			margin: 4,
			width: 512
		});
		expect(svg).toBe(expected);
	});

	it('draws it as PNG', async () => {
		const response = await get('admin', '/surveys/1/qr?c=phone&b=hail&format=png');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(response.headers.get('content-disposition')).toContain(
			'inline; filename="qr-satisfaction-phone-hail.png"'
		);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// IHDR: width and height, big-endian, at bytes 16–23
		const view = new DataView(bytes.buffer);
		expect(view.getUint32(16)).toBe(1024);
		expect(view.getUint32(20)).toBe(1024);
	});

	it('refuses unknown formats, channels and branches, and other roles', async () => {
		expect((await get('manager', '/surveys/1/qr?format=gif')).status).toBe(400);
		expect((await get('manager', '/surveys/1/qr?c=pigeon')).status).toBe(400);
		expect((await get('manager', '/surveys/1/qr?c=phone&b=atlantis')).status).toBe(400);
		expect((await get('manager', '/surveys/999/qr')).status).toBe(404);
		expect((await get('board', '/surveys/1/qr?format=png')).status).toBe(403);
		expect((await get('anonymous', '/surveys/1/qr?format=png')).status).toBe(303);
	});

	it('lists every channel and branch with its link, and prints posters', async () => {
		const page = await (await get('manager', '/surveys/1/links')).text();
		expect(page).toContain(`value="${server.url}/s/satisfaction?c=letter&amp;b=baqaa"`);
		expect(page).toContain('/surveys/1/qr?c=letter&amp;b=baqaa&amp;format=png&amp;download=1');
		const poster = await get('manager', '/surveys/1/poster?c=letter&b=baqaa&size=a5');
		expect(poster.status).toBe(200);
		const html = await poster.text();
		expect(html).toContain('شاركنا رأيك');
		expect(html).toContain('فرع بقعاء');
		expect(html).toContain('class="sheet a5');
		expect(html).toContain('src="data:image/svg+xml;base64,');
		expect((await get('manager', '/surveys/1/poster?size=a3')).status).toBe(400);
	});
});

describe('the question editor without JavaScript', () => {
	it('adds a question and keeps what was typed, unsaved', async () => {
		const fields = editorFields(defaultSurveyQuestions);
		fields.set('q0_text_ar', 'نص كتبه المدير ولم يحفظه');
		fields.set('target', 'new');
		fields.set('new_type', 'multiple');
		const response = await post('manager', '/surveys/1/edit?/add', fields);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('نص كتبه المدير ولم يحفظه');
		expect(html).toContain('name="q4_o1_text_ar"');
		expect(html).toContain('تغييرات لم تُحفظ بعد');
		// nothing was stored: the editor still starts from version 1
		const again = await (await get('manager', '/surveys/1/edit')).text();
		expect(again).not.toContain('نص كتبه المدير ولم يحفظه');
	});

	it('refuses an invalid set with messages and the values kept, then saves and publishes', async () => {
		const visit = {
			key: 'visit',
			type: 'single',
			required: false,
			text_ar: 'كيف عرفت بالخدمة؟',
			text_en: 'How did you hear of the service?',
			options: [
				{ value: 'friend', text_ar: 'من صديق', text_en: 'A friend' },
				{ value: 'web', text_ar: '', text_en: 'The website' }
			]
		};
		const questions = [...defaultSurveyQuestions, visit];
		const invalid = await post('manager', '/surveys/1/edit?/save', editorFields(questions));
		expect(invalid.status).toBe(400);
		const html = await invalid.text();
		expect(html).toContain('السؤال ٥ · الخيار ٢ · النص بالعربية: هذا الحقل مطلوب.');
		expect(html).toContain('كيف عرفت بالخدمة؟');
		expect(html).toContain('The website');

		visit.options[1]!.text_ar = 'من الموقع';
		const saved = await post('manager', '/surveys/1/edit?/save', editorFields(questions));
		expect(saved.status).toBe(200);
		expect(await saved.text()).toContain('حُفظت مسودة النسخة ٢');

		const overview = await (await get('manager', '/surveys/1')).text();
		expect(overview).toContain('name="version" value="2"');
		const stale = await post('manager', '/surveys/1?/publish', { version: '3' });
		expect(stale.status).toBe(409);
		const published = await post('manager', '/surveys/1?/publish', { version: '2' });
		expect(published.status).toBe(200);
		expect(await published.text()).toContain('نُشرت النسخة ٢');
		const after = await (await get('manager', '/surveys/1')).text();
		expect(after).not.toContain('name="version"');
		expect(after).toContain('أسئلة النسخة ٢');
		expect(after).toContain('من الموقع');
	});

	it('creates a survey as a draft and opens its editor', async () => {
		const response = await post('manager', '/surveys?/create', {
			slug: 'Branch-Visit',
			title_ar: 'زيارة الفرع',
			title_en: 'Branch visit'
		});
		expect(response.status).toBe(303);
		const location = response.headers.get('location')!;
		expect(location).toMatch(/^\/surveys\/\d+\/edit$/);
		const editor = await (await get('manager', location)).text();
		expect(editor).toContain('تعدّل مسودة النسخة ١');
		const list = await (await get('manager', '/surveys')).text();
		expect(list).toContain('/s/branch-visit');
		const taken = await post('manager', '/surveys?/create', {
			slug: 'branch-visit',
			title_ar: 'أخرى',
			title_en: 'Other'
		});
		expect(taken.status).toBe(409);
		expect(await taken.text()).toContain('value="branch-visit"');
	});
});

describe('one-time links over HTTP', () => {
	it('downloads a CSV of interaction ids and links, and never the same interaction twice', async () => {
		const response = await post('manager', '/surveys/1/tokens/csv', period);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toContain(
			`attachment; filename="satisfaction-links-${period.from}-${period.to}.csv"`
		);
		const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
		expect(csv.startsWith('\uFEFFinteraction_id,link\r\n')).toBe(true);
		const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
		expect(rows.length).toBeGreaterThan(100);
		const pattern = new RegExp(
			`^[^,]+,${server.url.replace(/[.:/]/g, '\\$&')}/s/satisfaction/t/[a-z2-7]{32}$`
		);
		for (const row of rows) expect(row).toMatch(pattern);
		expect(new Set(rows.map((r) => r.split(',')[0])).size).toBe(rows.length);
		expect(response.headers.get('x-links-created')).toBe(String(rows.length));

		const again = await post('manager', '/surveys/1/tokens/csv', period);
		expect(again.status).toBe(303);
		const location = again.headers.get('location')!;
		expect(location).toContain('none=1');
		expect(location).toContain(`unused=${rows.length}`);
		const page = await (await get('manager', location)).text();
		expect(page).toContain('لم تُولَّد روابط جديدة');
	});

	it('sends a form with bad dates back with the values typed', async () => {
		const response = await post('admin', '/surveys/1/tokens/csv', {
			from: '2026-05-10',
			to: '2026-05-01',
			channel: 'phone'
		});
		expect(response.status).toBe(303);
		const location = response.headers.get('location')!;
		expect(location).toContain('error=bad_input');
		const page = await (await get('admin', location)).text();
		expect(page).toContain('value="2026-05-10"');
		expect(page).toMatch(/<option value="phone" selected/);
	});

	it('the command stops at once with a clear message while the server holds the file', () => {
		const result = spawnSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'scripts/survey-tokens.ts',
				'--survey',
				'satisfaction',
				'--from',
				period.from,
				'--to',
				period.to
			],
			{ cwd: root, env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' }
		);
		expect(result.status).toBe(75);
		expect(result.stderr).toMatch(/^error: The database .* is in use by process \d+/);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stdout).toBe('');
	});
});
