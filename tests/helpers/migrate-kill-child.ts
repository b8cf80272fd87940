// Child process for tests/fault-kill.test.ts: migrates a new store, then kills itself with SIGKILL
// before anything else could write the schema into the database file.
import { Store } from '../../src/lib/server/db';
import { migrate } from '../../src/lib/server/migrate';

const [databasePath] = process.argv.slice(2) as [string];
const store = await Store.open(databasePath);
const applied = await migrate(store);
process.stdout.write(`migrated ${applied.join(',')}\n`, () => process.kill(process.pid, 'SIGKILL'));
