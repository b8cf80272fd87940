// Turns a report's HTML into PDF with Debian's Chromium through playwright-core. One browser is
// started on first use and kept for the process.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export class ChromiumMissingError extends Error {
	constructor(path: string) {
		super(
			`Chromium was not found at ${path}. Install it with "apt-get install -y chromium fonts-noto-core" ` +
				'(Debian), or set CHROMIUM_PATH to its executable.'
		);
		this.name = 'ChromiumMissingError';
	}
}

export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

let browser: Promise<Browser> | undefined;

async function sharedBrowser(): Promise<Browser> {
	const path = chromiumPath();
	if (!existsSync(path)) throw new ChromiumMissingError(path);
	browser ??= chromium.launch({ executablePath: path, args: chromiumArgs }).then((b) => {
		b.on('disconnected', () => (browser = undefined));
		return b;
	});
	return browser;
}

/** A4 PDF of a complete HTML document (page numbers come from the document's @page rules). */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
	const page = await (await sharedBrowser()).newPage();
	try {
		await page.setContent(html, { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready);
		return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	} finally {
		await page.close();
	}
}

export async function closePdfBrowser(): Promise<void> {
	const open = browser;
	browser = undefined;
	if (open) await (await open).close();
}
