// The masking rules give the same text in DuckDB (RE2, used by ingest) as in JavaScript (survey).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskingRules, maskPersonalData } from '../src/lib/domain/masking';
import { Store } from '../src/lib/server/db';
import { sql } from '../src/lib/server/sql';

let store: Store;
beforeAll(async () => {
	store = await Store.open(':memory:');
});
afterAll(() => store.close());

async function maskInSql(text: string): Promise<string> {
	let result = text;
	for (const rule of maskingRules) {
		for (let pass = 0; pass < 4; pass++) {
			const row = await store.one<{ masked: string }>(sql('masking/apply_rule'), {
				text: result,
				pattern: rule.pattern,
				replacement: rule.replacement
			});
			if (row!.masked === result) break;
			result = row!.masked;
		}
	}
	return result;
}

describe('masking rules in DuckDB', () => {
	it.each([
		'اتصلوا على 0551234567 بعد العصر',
		'جوالي +966 55 123 4567 و ٠٥٥١٢٣٤٥٦٧',
		'هاتف الجمعية 016- 5383555 و TEL : +96614198833',
		'رقم الهوية 1012345678 والإقامة 2412345678',
		'راسلوني على info@ajaa.sa أو a.b+c@mail.example.com',
		'0551234567 0561234567',
		'انتظرت 14 يوما والمبلغ 1500 ريال'
	])('match JavaScript for %s', async (text) => {
		expect(await maskInSql(text)).toBe(maskPersonalData(text).text);
	});
});
