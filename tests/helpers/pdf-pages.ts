// Looks at a PDF the way a reader does: each page as a grey image (poppler's pdftoppm), and how
// much of it is blank, counted in horizontal bands about 5 mm high: a band is blank when (almost)
// all its pixels are near-white. A page holding one chart and white space is mostly blank bands.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';

/** pdftoppm, or a clear failure saying how to install it. */
export function requirePdftoppm(): void {
	try {
		execFileSync('pdftoppm', ['-v'], { stdio: 'pipe' });
	} catch {
		throw new Error(
			'pdftoppm was not found: install poppler-utils ("apt-get install -y poppler-utils"; .ci/run does)'
		);
	}
}

export interface GreyImage {
	width: number;
	height: number;
	pixels: Uint8Array;
}

/** A binary PGM (P5, 8 bits) as written by `pdftoppm -gray`. */
export function parsePgm(bytes: Uint8Array): GreyImage {
	const header: string[] = [];
	let i = 0;
	while (header.length < 4) {
		while (/\s/.test(String.fromCharCode(bytes[i]!))) i++;
		if (bytes[i] === 0x23) {
			while (bytes[i] !== 0x0a) i++;
			continue;
		}
		let token = '';
		while (!/\s/.test(String.fromCharCode(bytes[i]!))) token += String.fromCharCode(bytes[i++]!);
		header.push(token);
	}
	const [magic, width, height, max] = header;
	if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit binary PGM: ${magic} ${max}`);
	const w = Number(width);
	const h = Number(height);
	const pixels = bytes.subarray(i + 1, i + 1 + w * h);
	if (pixels.length !== w * h) throw new Error('a PGM shorter than its header says');
	return { width: w, height: h, pixels };
}

/** The share (0–1) of the page's bands that are blank. */
export function blankShare(image: GreyImage, bandRows: number, nearWhite = 235): number {
	let blank = 0;
	let bands = 0;
	for (let top = 0; top < image.height; top += bandRows) {
		const bottom = Math.min(top + bandRows, image.height);
		let ink = 0;
		for (let y = top; y < bottom; y++) {
			const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
			for (const p of row) if (p < nearWhite) ink++;
		}
		bands++;
		// a band with a few specks of ink (under 0.1% of it) is still blank
		if (ink < 0.001 * (bottom - top) * image.width) blank++;
	}
	return blank / bands;
}

/** Each page of the PDF as a grey image at `dpi`, with its blank share (bands of about 5 mm). */
export function pdfPages(pdfFile: string, dpi = 36): { file: string; blank: number }[] {
	requirePdftoppm();
	const dir = tempDir();
	execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdfFile, path.join(dir, 'page')]);
	const bandRows = Math.max(1, Math.round((5 / 25.4) * dpi));
	return readdirSync(dir)
		.filter((f) => f.endsWith('.pgm'))
		.sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]))
		.map((f) => {
			const file = path.join(dir, f);
			return { file, blank: blankShare(parsePgm(readFileSync(file)), bandRows) };
		});
}
