// Kiosks on the built server (demo data): set up on a survey's links page by staff (a board member
// is refused; the link is shown once), answered at /k/<token> with the channel and branch of the
// device, tagged 'kiosk' and the device's name, limited per device and not per address, revoked
// links 404, and the staff PIN with its lockout. The rows and the audit log are checked at the end,
// once the server has let go of the database file.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { responseIdOf } from '../src/lib/server/survey/submissions';
import { signIn, startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const adminPassword = 'kiosk-admin-password';
const databasePath = path.join(tempDir(), 'kiosk.duckdb');
/** The device limit of this server: 25 at once (more than the public 20), then one a minute. */
const DEVICE_BURST = 25;
let server: RunningServer;
const cookies = { admin: '', manager: '', board: '' };
type Who = 'anonymous' | keyof typeof cookies;

/** Every request comes from 127.0.0.1: the kiosk's answers and the public one share an address. */
function post(who: Who, url: string, body: Record<string, string>) {
	return fetch(`${server.url}${url}`, {
		method: 'POST',
		headers: {
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(who === 'anonymous' ? {} : { cookie: cookies[who] })
		},
		body: new URLSearchParams(body),
		redirect: 'manual'
	});
}

function get(who: Who, url: string, headers: Record<string, string> = {}) {
	return fetch(`${server.url}${url}`, {
		headers: {
			accept: 'text/html',
			...headers,
			...(who === 'anonymous' ? {} : { cookie: cookies[who] })
		},
		redirect: 'manual'
	});
}

let counter = 0;
function sid(): string {
	counter++;
	return `c0de0000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

const kiosk = {
	kind: 'kiosk',
	name: 'جهاز استقبال فرع حائل',
	channel: 'phone',
	branch: 'hail',
	idle_seconds: '15',
	pin: '4815'
};

/** Adds a device as the manager; the link's token read from the answer page. */
async function addDevice(fields: Record<string, string>): Promise<{ token: string; html: string }> {
	const response = await post('manager', '/surveys/1/links?/addDevice', fields);
	const html = await response.text();
	expect(response.status, /role="alert">([^<]*)/.exec(html)?.[1] ?? html.slice(0, 300)).toBe(200);
	const token = /\/[kf]\/([a-z2-7]{32})/.exec(html)?.[1];
	expect(token).toBeDefined();
	return { token: token!, html };
}

/** A valid answer to the demo survey. */
const answer = (id: string, extra: Record<string, string> = {}) => ({
	sid: id,
	v: '1',
	lang: 'ar',
	q_csat: '5',
	q_nps: '10',
	website: '',
	...extra
});

const stored: string[] = [];
let token = '';
let lockToken = '';
let revokedToken = '';

beforeAll(async () => {
	server = await startServer({
		DATABASE_PATH: databasePath,
		TAHSEEN_DEMO_ADMIN_PASSWORD: adminPassword,
		TAHSEEN_DEVICE_RATE_LIMIT: `${DEVICE_BURST}/1`
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
	if (process.env.KIOSK_DEBUG) console.log(server?.output());
	await server?.stop();
	removeTempDirs();
});

describe('devices on the links page', () => {
	it('refuses anonymous visitors and board members, and adds nothing', async () => {
		for (const action of ['addDevice', 'updateDevice', 'revokeDevice']) {
			const body = { ...kiosk, id: '1' };
			expect((await post('anonymous', `/surveys/1/links?/${action}`, body)).status).toBe(401);
			expect((await post('board', `/surveys/1/links?/${action}`, body)).status).toBe(403);
		}
		const page = await (await get('manager', '/surveys/1/links')).text();
		expect(page).not.toContain(kiosk.name);
	});

	it('adds a kiosk and shows its link and QR code once, then never again', async () => {
		const added = await addDevice(kiosk);
		token = added.token;
		expect(added.html).toContain(`${server.url}/k/${token}`);
		expect(added.html).toMatch(/<img src="data:image\/svg\+xml;base64,/);
		const page = await get('manager', '/surveys/1/links');
		expect(page.headers.get('cache-control')).toContain('no-store');
		const html = await page.text();
		expect(html).toContain(kiosk.name);
		expect(html).not.toContain(token);
		// a field phone's link is /f/<token>
		const field = await addDevice({
			kind: 'field',
			name: 'Phone of the Hail office',
			channel: 'in_person',
			branch: '',
			idle_seconds: '',
			pin: ''
		});
		expect(field.html).toContain(`/f/${field.token}`);
	});

	it('refuses a kiosk without a PIN, an unknown channel and a bad PIN, and adds nothing', async () => {
		const cases: [Record<string, string>, string][] = [
			[{ ...kiosk, name: 'No PIN', pin: '' }, 'يحتاج رمز موظفين'],
			[{ ...kiosk, name: 'Bad channel', channel: 'pigeon' }, 'القناة المختارة غير موجودة'],
			[{ ...kiosk, name: 'Bad PIN', pin: '12' }, 'من 4 إلى 8 أرقام'],
			[{ ...kiosk, name: '', pin: '1234' }, 'اكتب اسم الجهاز']
		];
		for (const [fields, message] of cases) {
			const response = await post('manager', '/surveys/1/links?/addDevice', fields);
			expect(response.status, fields.name).toBe(400);
			const html = await response.text();
			expect(html).toContain(message);
			expect(html).not.toMatch(/\/k\/[a-z2-7]{32}/);
		}
		const page = await (await get('manager', '/surveys/1/links')).text();
		for (const name of ['No PIN', 'Bad channel', 'Bad PIN']) expect(page).not.toContain(name);
	});

	it("changes a device's settings, keeping its PIN when none is typed", async () => {
		const links = await (await get('manager', '/surveys/1/links')).text();
		const item = links.split('<li').find((part) => part.includes(kiosk.name));
		const id = /name="id" value="(\d+)"/.exec(item ?? '')?.[1];
		expect(id).toBeDefined();
		const tooShort = await post('manager', '/surveys/1/links?/updateDevice', {
			...kiosk,
			id: id!,
			idle_seconds: '5',
			pin: ''
		});
		expect(tooShort.status).toBe(400);
		expect(await tooShort.text()).toContain('بين 15 و600 ثانية');
		const changed = await post('manager', '/surveys/1/links?/updateDevice', {
			...kiosk,
			id: id!,
			idle_seconds: '30',
			pin: ''
		});
		expect(changed.status).toBe(200);
		expect(await changed.text()).toContain('حُفظت إعدادات الجهاز');
		const page = await (await get('manager', '/surveys/1/links')).text();
		expect(page.split('<li').find((part) => part.includes(kiosk.name))).toMatch(/٣٠ ثانية/);
		// the PIN was kept: the staff screen opens with it (checked below, 'refuses the wrong PIN')
	});

	it('revokes a device: its link is the polite 404 at once', async () => {
		const added = await addDevice({ ...kiosk, name: 'Tablet to revoke' });
		revokedToken = added.token;
		expect((await get('anonymous', `/k/${revokedToken}`)).status).toBe(200);
		const links = await (await get('manager', '/surveys/1/links')).text();
		const item = links.split('<li').find((part) => part.includes('Tablet to revoke'));
		const deviceId = /name="id" value="(\d+)"/.exec(item ?? '')?.[1];
		expect(deviceId).toBeDefined();
		const revoked = await post('manager', '/surveys/1/links?/revokeDevice', { id: deviceId! });
		expect(revoked.status).toBe(200);
		expect(
			(await (await get('manager', '/surveys/1/links')).text()).includes('Tablet to revoke')
		).toBe(false);
		const page = await get('anonymous', `/k/${revokedToken}`);
		expect(page.status).toBe(404);
		expect(await page.text()).toContain('هذا الرابط غير صالح');
		const answered = await post('anonymous', `/k/${revokedToken}`, answer(sid()));
		expect(answered.status).toBe(404);
		expect((await get('anonymous', `/k/${revokedToken}/thanks`)).status).toBe(404);
		expect((await get('anonymous', `/k/${'a'.repeat(32)}`)).status).toBe(404);
	});
});

describe('the kiosk', () => {
	it('shows the survey in Arabic, without channel or branch questions, never cached or framed', async () => {
		// a browser that kept English from a staff member's visit still opens the kiosk in Arabic
		const response = await get('anonymous', `/k/${token}`, { cookie: 'lang=en' });
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(response.headers.get('set-cookie')).toBeNull();
		const html = await response.text();
		expect(html).toMatch(/<html[^>]* lang="ar" dir="rtl"/);
		expect(html).toContain('autocomplete="off"');
		expect(html).not.toMatch(/name="(channel|branch)"/);
		expect(html).not.toContain('href="/dashboard"');
		expect(html).toContain(`href="/k/${token}/staff"`);
		const english = await (await get('anonymous', `/k/${token}?lang=en`)).text();
		expect(english).toMatch(/<html[^>]* lang="en" dir="ltr"/);
	});

	it('stores answers past the public per-address limit, up to the device limit', async () => {
		for (let i = 0; i < DEVICE_BURST; i++) {
			const id = sid();
			// a channel or branch sent with the form is ignored: the device's are stored
			const response = await post(
				'anonymous',
				`/k/${token}`,
				answer(id, { channel: 'sms', branch: 'riyadh' })
			);
			expect(response.status, `answer ${i + 1}`).toBe(303);
			expect(response.headers.get('location')).toBe(`/k/${token}/thanks`);
			stored.push(id);
		}
		const over = await post('anonymous', `/k/${token}`, answer(sid()));
		expect(over.status).toBe(429);
		// the kiosk's answers took nothing from its address's public limit
		const publicAnswer = await post('anonymous', '/s/satisfaction?c=phone', {
			...answer(sid()),
			channel: 'phone'
		});
		expect(publicAnswer.status).toBe(303);
	});

	it('thanks in the language answered in, then a fresh Arabic form (meta refresh without JavaScript)', async () => {
		const english = await get('anonymous', `/k/${token}/thanks?lang=en`);
		expect(english.status).toBe(200);
		expect(english.headers.get('cache-control')).toBe('no-store');
		const html = await english.text();
		expect(html).toContain('Thank you');
		expect(html).toContain(`<noscript><meta http-equiv="refresh" content="5;url=/k/${token}"`);
	});

	it('refuses the wrong PIN and shows the staff screen for the right one', async () => {
		const wrong = await post('anonymous', `/k/${token}/staff`, { pin: '0000' });
		expect(wrong.status).toBe(403);
		expect(await wrong.text()).toContain('الرمز غير صحيح');
		const right = await post('anonymous', `/k/${token}/staff`, { pin: '٤٨١٥' });
		expect(right.status).toBe(200);
		const html = await right.text();
		expect(html).toContain('شاشة الموظفين');
		expect(html).toContain(kiosk.name);
		expect(html).toContain('href="/surveys/1/links"');
		expect(right.headers.get('cache-control')).toBe('no-store');
	});

	it('locks the PIN after five wrong ones, the right one included', async () => {
		lockToken = (await addDevice({ ...kiosk, name: 'Lock test tablet', pin: '246810' })).token;
		for (let i = 1; i <= 4; i++) {
			const response = await post('anonymous', `/k/${lockToken}/staff`, { pin: `1111${i}` });
			expect(response.status, `wrong PIN ${i}`).toBe(403);
		}
		const fifth = await post('anonymous', `/k/${lockToken}/staff`, { pin: '99999' });
		expect(fifth.status).toBe(429);
		expect(await fifth.text()).toContain('15 دقيقة');
		const right = await post('anonymous', `/k/${lockToken}/staff`, { pin: '246810' });
		expect(right.status).toBe(429);
		expect(await right.text()).not.toContain('Lock test tablet');
		// another kiosk is not locked
		expect((await post('anonymous', `/k/${token}/staff`, { pin: '4815' })).status).toBe(200);
	});
});

describe('what was stored', () => {
	it('keeps every kiosk answer once, tagged with the device, its channel and branch', async () => {
		await server.stop();
		const store = await Store.open(databasePath);
		try {
			const rows = await store.all<{
				id: string;
				collection: string;
				device: string;
				channel: string;
				branch: string;
			}>(
				`select id, collection, device, channel, branch from response where device = ? order by id`,
				[kiosk.name]
			);
			expect(rows.map((r) => r.id).sort()).toEqual(stored.map(responseIdOf).sort());
			for (const row of rows) {
				expect(row).toMatchObject({ collection: 'kiosk', channel: 'phone', branch: 'hail' });
			}
			const audits = await store.all<{ action: string; detail: string }>(
				`select action, detail::varchar as detail from audit_log where action like 'survey.device%' or action = 'kiosk.pin_locked' order by id`
			);
			expect(audits.map((a) => a.action)).toEqual(
				expect.arrayContaining([
					'survey.device_add',
					'survey.device_update',
					'survey.device_revoke',
					'kiosk.pin_locked'
				])
			);
			const text = JSON.stringify(audits);
			for (const secret of [token, lockToken, revokedToken, '4815', '246810']) {
				expect(text).not.toContain(secret);
			}
		} finally {
			store.close();
		}
	});
});
