// npm run user:create -- --email ADDRESS --role admin|manager|board [--name "Display name"]
// The password comes from TAHSEEN_PASSWORD or is asked for without echo.
import { createUserSchema, newPasswordSchema } from '../src/lib/schemas/auth';
import { audit } from '../src/lib/server/audit';
import { migrate } from '../src/lib/server/migrate';
import { emailTaken, createUser } from '../src/lib/server/users';
import { askHidden, openStore, parseFlags, runCli, UsageError } from './cli';

const usage = 'npm run user:create -- --email ADDRESS --role admin|manager|board [--name NAME]';

runCli(async () => {
	const { values } = parseFlags(
		{ email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
		usage
	);
	const parsed = createUserSchema.safeParse({
		email: values.email ?? '',
		role: values.role ?? '',
		displayName: values.name
	});
	if (!parsed.success) {
		const fields = [
			...new Set(
				parsed.error.issues.map(
					(i) => `--${i.path[0] === 'displayName' ? 'name' : String(i.path[0])}`
				)
			)
		];
		throw new UsageError(`Check ${fields.join(', ')}.\nUsage: ${usage}`);
	}
	const password =
		process.env.TAHSEEN_PASSWORD ?? (await askHidden('Password (at least 10 characters): '));
	if (!newPasswordSchema.safeParse(password).success) {
		throw new UsageError('The password must have at least 10 characters.');
	}

	const store = await openStore();
	try {
		await migrate(store);
		if (await emailTaken(store, parsed.data.email)) {
			throw new Error(`A user with the e-mail ${parsed.data.email} already exists.`);
		}
		const id = await createUser(store, {
			email: parsed.data.email,
			role: parsed.data.role,
			password,
			displayName: parsed.data.displayName
		});
		await audit(store, {
			actor: 'cli',
			action: 'user.create',
			target: parsed.data.email,
			detail: { id, role: parsed.data.role }
		});
		console.log(`Created ${parsed.data.role} ${parsed.data.email} (user ${id}) in ${store.path}.`);
	} finally {
		store.close();
	}
});
