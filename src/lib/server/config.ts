// Settings read from the environment, with the defaults the README lists.
import path from 'node:path';

export interface Config {
	/** The embedded DuckDB file, or ':memory:'. */
	databasePath: string;
	/** Load the demo organisation when the store has none (first start). */
	seedDemoOnFirstStart: boolean;
	/** Password for the first-start demo admin; random (and printed once) when unset. */
	demoAdminPassword: string | undefined;
	/** Whether cookies carry the Secure flag (off only for plain-HTTP local development). */
	secureCookies: boolean;
}

function flag(value: string | undefined, fallback: boolean): boolean {
	if (value === undefined || value === '') return fallback;
	return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const databasePath = env.DATABASE_PATH?.trim() || path.join('data', 'tahseen.duckdb');
	return {
		databasePath: databasePath === ':memory:' ? databasePath : path.resolve(databasePath),
		seedDemoOnFirstStart: flag(env.TAHSEEN_DEMO, true),
		demoAdminPassword: env.TAHSEEN_DEMO_ADMIN_PASSWORD || undefined,
		secureCookies: flag(env.TAHSEEN_SECURE_COOKIES, true)
	};
}
