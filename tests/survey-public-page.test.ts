// The public survey page on the built server, as a browser without JavaScript sees it: language and
// direction, page weight, closed and unknown surveys, framing.
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { post, rawGet, server, sid, useSurveyServer } from './helpers/survey-public';

useSurveyServer();

describe('the survey page', () => {
	it('is Arabic and right to left by default, with a fieldset and legend per scale', async () => {
		const response = await fetch(`${server.url}/s/satisfaction?c=phone&b=hail`);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toMatch(/<html lang="ar" dir="rtl">/);
		for (const key of ['csat', 'nps', 'ces']) {
			expect(html).toMatch(new RegExp(`<fieldset id="f-q_${key}"[^>]*>\\s*<legend`));
		}
		// words for each satisfaction point, not only faces
		for (const word of ['غير راضٍ إطلاقًا', 'غير راضٍ', 'محايد', 'راضٍ', 'راضٍ جدًا']) {
			expect(html).toContain(`>${word}<`);
		}
		// the comment has a label; channel and branch come from the link (hidden), not asked
		expect(html).toMatch(/<label class="title[^"]*" for="i-q_comment">/);
		expect(html).toContain('name="channel" value="phone"');
		expect(html).toContain('name="branch" value="hail"');
		expect(html).not.toContain('id="i-channel"');
		expect(html).toMatch(/name="sid" value="[0-9a-f-]{36}"/);
		// the honeypot is hidden from people and assistive technology, and out of the tab order
		expect(html).toMatch(
			/<div class="hp[^"]*" aria-hidden="true">\s*<label for="survey-website">اترك هذا الحقل فارغًا<\/label>/
		);
		expect(html).toMatch(/name="website" type="text" tabindex="-1"/);
		// no SvelteKit client: only the small enhancement script
		expect(html.match(/<script/g)).toHaveLength(1);
		expect(html).toMatch(/<script defer="" src="\/_app\/immutable\/workers\/enhance-[\w-]+\.js">/);
		expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
	});

	it('asks for the channel and branch when the link does not carry them, and switches to English', async () => {
		const html = await (await fetch(`${server.url}/s/satisfaction?lang=en`)).text();
		expect(html).toMatch(/<html lang="en" dir="ltr">/);
		expect(html).toContain('<label class="title');
		expect(html).toMatch(/<select id="i-channel" name="channel"/);
		expect(html).toMatch(/<select id="i-branch" name="branch"/);
		expect(html).toContain('>Very dissatisfied<');
		expect(html).toContain('href="/s/satisfaction?lang=ar"');
	});

	it('weighs under 30 KB compressed on a first visit (HTML, CSS and JavaScript)', async () => {
		const page = await rawGet(`${server.url}/s/satisfaction?c=phone&b=hail`);
		expect(page.status).toBe(200);
		expect(page.headers['content-encoding']).toBe('gzip');
		const html = gunzipSync(page.body).toString('utf8');
		const assets = [
			...html.matchAll(/<link href="([^"]+)" rel="stylesheet">/g),
			...html.matchAll(/<script defer="" src="([^"]+)">/g)
		].map((m) => new URL(m[1]!, `${server.url}/s/satisfaction`).href);
		expect(assets.length).toBeGreaterThanOrEqual(2);
		let total = page.body.byteLength;
		const sizes: string[] = [`html ${page.body.byteLength}`];
		for (const asset of assets) {
			const got = await rawGet(asset);
			expect(got.status, asset).toBe(200);
			expect(got.headers['content-encoding'], asset).toBe('gzip');
			total += got.body.byteLength;
			sizes.push(`${path.basename(new URL(asset).pathname)} ${got.body.byteLength}`);
		}
		console.log(`survey first visit, gzip: ${total} bytes (${sizes.join(', ')})`);
		expect(total).toBeLessThan(30 * 1024);
	});

	it('answers a closed survey with 410, a draft or unknown one with 404, politely', async () => {
		const closed = await fetch(`${server.url}/s/closed-one`);
		expect(closed.status).toBe(410);
		expect(await closed.text()).toContain('هذا الاستبيان مغلق');
		for (const slug of ['draft-one', 'no-such-survey']) {
			const response = await fetch(`${server.url}/s/${slug}?lang=en`);
			expect(response.status).toBe(404);
			expect(await response.text()).toContain('We could not find this survey');
		}
		const refused = await post('/s/closed-one', { sid: sid(), q_csat: '3' });
		expect(refused.status).toBe(410);
	});

	it('may be framed by other sites only when the survey is embeddable', async () => {
		const embedded = await fetch(`${server.url}/s/embedded`);
		expect(embedded.status).toBe(200);
		expect(embedded.headers.get('content-security-policy') ?? '').not.toContain('frame-ancestors');
		expect(embedded.headers.get('x-frame-options')).toBeNull();
	});
});
