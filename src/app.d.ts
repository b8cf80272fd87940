import type { Preferences } from '$lib/i18n/preferences';
import type { SessionUser } from '$lib/server/auth/guard';

declare global {
	namespace App {
		interface Locals {
			prefs: Preferences;
			/** The signed-in user, or null for anonymous visitors (beneficiaries). */
			user: SessionUser | null;
			/** Id of the current session (SHA-256 of the cookie token), when signed in. */
			sessionId: string | null;
		}
	}
}

export {};
