// npm run setup -- --name-ar NAME --name-en NAME --zone ZONE --window DAYS [--working-week sun-thu]
//   --admin-email ADDRESS [--admin-name NAME]
// A real deployment's first step: the organisation (without the demo) and its first admin. The
// password comes from TAHSEEN_PASSWORD or is asked for without echo. Refused when the store already
// has an organisation.
import { weekendOfWorkingWeek } from '../src/lib/domain/working-week';
import { migrate } from '../src/lib/server/migrate';
import { setupOrganisation, setupSchema } from '../src/lib/server/setup';
import { askHidden, openStore, parseFlags, runCli, UsageError } from './cli';

const usage =
	'npm run setup -- --name-ar NAME --name-en NAME --zone Asia/Riyadh --window 14 ' +
	'[--working-week sun-thu] --admin-email ADDRESS [--admin-name NAME]';

const flagOf: Record<string, string> = {
	nameAr: '--name-ar',
	nameEn: '--name-en',
	timeZone: '--zone',
	reviewWindowDays: '--window',
	weekendDays: '--working-week',
	adminEmail: '--admin-email',
	adminName: '--admin-name',
	password: 'the password (TAHSEEN_PASSWORD: at least 10 characters)'
};

runCli(async () => {
	const { values, positionals } = parseFlags(
		{
			'name-ar': { type: 'string' },
			'name-en': { type: 'string' },
			zone: { type: 'string' },
			window: { type: 'string' },
			'working-week': { type: 'string' },
			'admin-email': { type: 'string' },
			'admin-name': { type: 'string' }
		},
		usage
	);
	if (positionals.length) throw new UsageError(`Unexpected ${positionals[0]}.\nUsage: ${usage}`);
	const weekendDays =
		values['working-week'] === undefined ? null : weekendOfWorkingWeek(values['working-week']);
	if (values['working-week'] !== undefined && !weekendDays) {
		throw new UsageError(
			`--working-week: name the working days as a range (sun-thu) or a list (sun,mon,tue,wed,thu), leaving a weekend.\nUsage: ${usage}`
		);
	}
	const given = {
		nameAr: values['name-ar'] ?? '',
		nameEn: values['name-en'] ?? '',
		timeZone: values.zone ?? '',
		reviewWindowDays: /^\d+$/.test(values.window ?? '') ? Number(values.window) : NaN,
		weekendDays,
		adminEmail: values['admin-email'] ?? '',
		adminName: values['admin-name']
	};
	const check = setupSchema.omit({ password: true }).safeParse(given);
	if (!check.success) {
		const fields = [...new Set(check.error.issues.map((i) => flagOf[String(i.path[0])]))];
		throw new UsageError(`Check ${fields.join(', ')}.\nUsage: ${usage}`);
	}
	const password =
		process.env.TAHSEEN_PASSWORD ??
		(await askHidden(`Password for ${check.data.adminEmail} (at least 10 characters): `));
	const parsed = setupSchema.safeParse({ ...given, password });
	if (!parsed.success) throw new UsageError('The password must have at least 10 characters.');

	const store = await openStore();
	try {
		await migrate(store);
		const id = await setupOrganisation(store, parsed.data);
		const s = parsed.data;
		console.log(
			`Set up ${s.nameEn} (${s.nameAr}) in ${store.path}: time zone ${s.timeZone}, review window ` +
				`${s.reviewWindowDays} ${s.weekendDays ? `working days (weekend ${s.weekendDays.join(', ')})` : 'days'}; ` +
				`admin ${s.adminEmail} (user ${id}). Sign in, or import files with npm run ingest.`
		);
	} finally {
		store.close();
	}
});
