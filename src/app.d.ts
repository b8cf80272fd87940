import type { Language, Preferences } from '$lib/i18n/preferences';
import type { SessionUser } from '$lib/server/auth/guard';
import type { StorageProblem } from '$lib/storage-problem';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** The person's language, for the error page when layouts could not load. */
			lang?: Language;
			/** What went wrong, for API clients (the message is in the request's language). */
			code?: string;
			/** Set when the store could not write (the answer is 503). */
			storage?: StorageProblem;
		}
		interface Locals {
			prefs: Preferences;
			/** The signed-in user, or null for anonymous visitors (beneficiaries). */
			user: SessionUser | null;
			/** Id of the current session (SHA-256 of the cookie token), when signed in. */
			sessionId: string | null;
			/** Set by the guard: a signed-in person opened a page their role may not see. */
			forbidden: boolean;
			/** Set by a page that may be shown inside another site's frame (embeddable surveys). */
			frameable: boolean;
		}
	}
}

export {};
