// A store set up as a real association would be (npm run setup / the /setup page): an
// organisation without the demo and its first admin, for tests that start the server on it.
import { migrate } from '../../src/lib/server/migrate';
import { Store } from '../../src/lib/server/db';
import { setupOrganisation } from '../../src/lib/server/setup';

export const testAssociation = {
	nameAr: 'جمعية الاختبار',
	nameEn: 'Test association',
	timeZone: 'Asia/Riyadh',
	reviewWindowDays: 14,
	weekendDays: null
};

/** Sets up the association and its first admin in an open store (migrated first). */
export async function setUpStore(
	store: Store,
	admin: { email: string; password: string }
): Promise<number> {
	await migrate(store);
	return setupOrganisation(store, {
		...testAssociation,
		adminEmail: admin.email,
		adminName: 'Test admin',
		password: admin.password
	});
}

/** Sets up the association in the database file (closed again), before a server starts on it. */
export async function setUpStoreFile(
	databasePath: string,
	admin: { email: string; password: string }
): Promise<void> {
	const store = await Store.open(databasePath);
	try {
		await setUpStore(store, admin);
	} finally {
		store.close();
	}
}
