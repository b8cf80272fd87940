import { Store } from '../src/lib/server/db';
import { migrate } from '../src/lib/server/migrate';
import { ingestFile } from '../src/lib/server/ingest/ingest';
const s = await Store.open(':memory:');
await migrate(s);
for (const [f, k] of [
	['interactions-ar.csv', 'interactions'],
	['interactions-update.csv', 'interactions'],
	['interactions.jsonl', 'interactions'],
	['responses-google-forms.csv', 'responses'],
	['responses-kobo.jsonl', 'responses']
] as const) {
	try {
		console.log(
			f,
			await ingestFile(s, { path: 'tests/fixtures/ingest/' + f, kind: k, actor: 'cli' })
		);
	} catch (e) {
		console.log(f, 'ERR', (e as Error).message);
	}
}
console.log(
	await s.all(
		'select id, channel, type, received_at::varchar r, decided_at::varchar d, decision, closed_at::varchar c, beneficiary_ref from interaction order by id'
	)
);
console.log(
	await s.all('select run_id, line_number, raw::varchar raw, reasons from ingest_rejected_row')
);
console.log(
	await s.all('select id, submitted_at::varchar s, csat, nps, ces, comment from response')
);
console.log(await s.all('select * from response_answer'));
