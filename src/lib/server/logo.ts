// The association's logo in the store: saved by an admin (audited), shown on report covers.
import { checkLogo, type LogoProblem, type LogoType } from '../domain/logo';
import { auditBy, type Actor } from './audit';
import type { Store } from './db';
import { sql } from './sql';

export interface StoredLogo {
	type: LogoType;
	data: Uint8Array;
}

export async function getLogo(store: Store): Promise<StoredLogo | null> {
	const row = await store.one<{ content_type: LogoType; data_base64: string }>(
		sql('organisation/logo_get')
	);
	return row ? { type: row.content_type, data: Buffer.from(row.data_base64, 'base64') } : null;
}

/** Checks and stores the logo; a refused file changes nothing and says why. */
export async function saveLogo(
	store: Store,
	bytes: Uint8Array,
	by?: Actor
): Promise<{ ok: true } | { ok: false; problem: LogoProblem }> {
	const checked = checkLogo(bytes);
	if (!checked.ok) return checked;
	await store.transaction(
		async (tx) => {
			await tx.run(sql('organisation/logo_set'), {
				content_type: checked.type,
				data_base64: Buffer.from(bytes).toString('base64')
			});
			await auditBy(tx, by, 'settings.logo', 'organisation', {
				type: checked.type,
				bytes: bytes.length
			});
		},
		{ figures: false }
	);
	return { ok: true };
}

export async function removeLogo(store: Store, by?: Actor): Promise<void> {
	await store.transaction(
		async (tx) => {
			await tx.run(sql('organisation/logo_delete'));
			await auditBy(tx, by, 'settings.logo', 'organisation', { removed: true });
		},
		{ figures: false }
	);
}
