// Ingest reads local times in the organisation's time zone, so the command line and the page refuse
// to ingest into a store without an organisation (set one up with npm run setup).
import type { Session, Store } from '../db';
import { getOrganisation, type Organisation } from '../organisation';
import { IngestFileError } from './errors';

/** The organisation, or a file-level error saying how to set it up. */
export async function organisationForIngest(db: Store | Session): Promise<Organisation> {
	const organisation = await getOrganisation(db);
	if (!organisation) {
		throw new IngestFileError(
			'no_organisation',
			'The store has no organisation yet, so local times have no time zone: set it up first with ' +
				'npm run setup -- --name-ar … --name-en … --zone Asia/Riyadh --window 14 --admin-email … ' +
				'(or start the app once).'
		);
	}
	return organisation;
}
