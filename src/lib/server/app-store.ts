// The server's store: opened and prepared once, on first use (hooks.server.ts init).
import { readConfig } from './config';
import { Store } from './db';
import { describePrepare, prepareStore } from './bootstrap';
import { startFirstSetup } from './first-setup';

let opening: Promise<Store> | undefined;

function publicUrl(): string {
	if (process.env.ORIGIN) return process.env.ORIGIN.replace(/\/$/, '');
	const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost';
	return `http://${host}:${process.env.PORT ?? '3000'}`;
}

async function open(): Promise<Store> {
	const config = readConfig();
	const store = await Store.open(config.databasePath);
	const result = await prepareStore(store, config);
	for (const line of describePrepare(result, publicUrl())) console.log(line);
	if (result.needsSetup) startFirstSetup(publicUrl());
	process.once('sveltekit:shutdown', () => store.close());
	return store;
}

export function appStore(): Promise<Store> {
	opening ??= open();
	return opening;
}
