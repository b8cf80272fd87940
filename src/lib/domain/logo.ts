// The association's logo as uploaded: PNG or JPEG only, recognised by its first bytes (never by
// the name or the declared type), at most 512 KB. SVG is refused: it can carry script.
export const LOGO_MAX_BYTES = 512 * 1024;

export type LogoType = 'image/png' | 'image/jpeg';
export type LogoProblem = 'empty' | 'tooLarge' | 'notImage';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, magic: number[]) =>
	bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The image type of the bytes, or why they are refused. */
export function checkLogo(
	bytes: Uint8Array
): { ok: true; type: LogoType } | { ok: false; problem: LogoProblem } {
	if (bytes.length === 0) return { ok: false, problem: 'empty' };
	if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
	if (startsWith(bytes, PNG)) return { ok: true, type: 'image/png' };
	if (startsWith(bytes, JPEG)) return { ok: true, type: 'image/jpeg' };
	return { ok: false, problem: 'notImage' };
}
