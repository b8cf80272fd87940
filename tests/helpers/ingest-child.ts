// Child process for the crash test: ingests a file into a store and prints each progress stage,
// so the parent can kill it mid-ingest. Usage: tsx tests/helpers/ingest-child.ts <db> <file> [staged]
// ("staged": without the single pass).
import { Store } from '../../src/lib/server/db';
import { ingestFile } from '../../src/lib/server/ingest/ingest';

const [databasePath, file, way] = process.argv.slice(2) as [string, string, string?];
const store = await Store.open(databasePath);
let last = '';
const result = await ingestFile(store, {
	path: file,
	kind: 'interactions',
	actor: 'cli',
	singlePass: way !== 'staged',
	onProgress: ({ stage }) => {
		if (stage !== last) {
			last = stage;
			process.stdout.write(`stage ${stage}\n`);
		}
	}
});
store.close();
process.stdout.write(`done ${JSON.stringify(result)}\n`);
