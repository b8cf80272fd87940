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

/** Reads a line from the terminal without showing what is typed (a password). */
export function askHidden(question: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const input = process.stdin;
		if (!input.isTTY) {
			reject(new UsageError('No terminal to ask for the password: set TAHSEEN_PASSWORD instead.'));
			return;
		}
		process.stderr.write(question);
		input.setRawMode(true);
		input.resume();
		input.setEncoding('utf8');
		let value = '';
		const onData = (chunk: string) => {
			for (const char of chunk) {
				if (char === '\r' || char === '\n') {
					input.setRawMode(false);
					input.pause();
					input.off('data', onData);
					process.stderr.write('\n');
					resolve(value);
					return;
				}
				if (char === '\u0003') {
					input.setRawMode(false);
					reject(new Error('cancelled'));
					return;
				}
				if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
				else value += char;
			}
		};
		input.on('data', onData);
	});
}
