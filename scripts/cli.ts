// Shared entry for command-line scripts: one-line errors (never a stack trace unless DEBUG is set),
// and the store opened from DATABASE_PATH.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readConfig } from '../src/lib/server/config';
import { DatabaseInUseError, Store } from '../src/lib/server/db';

export class UsageError extends Error {}

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
	options: T,
	usage: string
) {
	try {
		return parseArgs({ options, allowPositionals: true, strict: true });
	} catch (error) {
		throw new UsageError(
			`${error instanceof Error ? error.message : String(error)}\nUsage: ${usage}`
		);
	}
}

export async function openStore(): Promise<Store> {
	return Store.open(readConfig().databasePath);
}

/** Runs `main`, turning any failure into one clear line and a non-zero exit code. */
export function runCli(main: () => Promise<void>): void {
	main().then(
		() => process.exit(0),
		(error: unknown) => {
			if (process.env.DEBUG) console.error(error);
			const message = error instanceof Error ? error.message : String(error);
			console.error(`error: ${message}`);
			process.exit(error instanceof UsageError ? 64 : error instanceof DatabaseInUseError ? 75 : 1);
		}
	);
}
