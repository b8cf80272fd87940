import { describe, expect, it } from 'vitest';
import { accessFor } from './access';

describe('route access', () => {
	it.each([
		['/(public)/s/[slug]', 'public'],
		['/(auth)/login', 'public'],
		['/health', 'public'],
		['/(site)', 'public'],
		['/(app)/ingest', ['admin', 'manager']],
		['/(app)/admin/users', ['admin']],
		['/(board)/reports', ['admin', 'manager', 'board']],
		['/api/metrics', ['admin', 'manager', 'board']],
		['/something-new', ['admin', 'manager']],
		[null, 'public']
	])('%s → %j', (routeId, expected) => {
		expect(accessFor(routeId)).toEqual(expected);
	});

	it('does not let a look-alike prefix through', () => {
		expect(accessFor('/healthcheck-admin')).toEqual(['admin', 'manager']);
		expect(accessFor('/preferences-export')).toEqual(['admin', 'manager']);
		expect(accessFor('/(site)/settings')).toEqual(['admin', 'manager']);
	});
});
