import type { Preferences } from '$lib/i18n/preferences';

declare global {
	namespace App {
		interface Locals {
			prefs: Preferences;
		}
	}
}

export {};
