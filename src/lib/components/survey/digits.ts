// Scale points shown in the person's digits (the value sent is always Latin).
import type { Digits } from '$lib/i18n/preferences';

const arabic = '٠١٢٣٤٥٦٧٨٩';

export function shownNumber(value: number, digits: Digits): string {
	const text = String(value);
	return digits === 'arab' ? text.replace(/\d/g, (d) => arabic[Number(d)]!) : text;
}
