// QR codes of survey links, drawn by the `qrcode` package: SVG for print and the web, PNG for
// programs that want a picture. Error correction M: a poster stays readable when a corner is worn.
import QRCode from 'qrcode';

export function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, width: 512 });
}

/** A PNG `width` pixels wide (1024: about 8.5 cm at 300 dpi). */
export function qrPng(text: string, width = 1024): Promise<Buffer> {
	return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width });
}

/** The SVG as a data: URL, for an <img> in a page (no markup inserted into the page). */
export async function qrSvgDataUrl(text: string): Promise<string> {
	return `data:image/svg+xml;base64,${Buffer.from(await qrSvg(text)).toString('base64')}`;
}
