// The first set-up of an association (organisation and first admin): one schema for the command
// line (npm run setup) and the browser form (/setup), which adds the one-time setup code and the
// password typed twice.
import { z } from 'zod';
import { createUserSchema, newPasswordSchema } from './auth';
import { settingsSchema } from './settings';

export const setupSchema = z.object({
	nameAr: settingsSchema.shape.nameAr,
	nameEn: settingsSchema.shape.nameEn,
	timeZone: settingsSchema.shape.timeZone,
	reviewWindowDays: settingsSchema.shape.reviewWindowDays,
	/** Weekend days (ISO numbers) when the review window counts working days; null: calendar days. */
	weekendDays: z.array(z.number().int().min(1).max(7)).min(1).max(6).nullable(),
	adminEmail: createUserSchema.shape.email,
	adminName: createUserSchema.shape.displayName,
	password: newPasswordSchema
});

export type SetupInput = z.infer<typeof setupSchema>;

/** The time zones the setup form offers, Riyadh first (the organisation may change it later). */
export const setupTimeZones = [
	'Asia/Riyadh',
	'Asia/Dubai',
	'Asia/Qatar',
	'Asia/Bahrain',
	'Asia/Kuwait',
	'Asia/Muscat',
	'Asia/Amman',
	'Africa/Cairo',
	'Europe/London',
	'UTC'
] as const;

/** Working weeks offered by the form, as the weekend each leaves (ISO numbers, 1 = Monday). */
export const setupWorkingWeeks = {
	'sun-thu': [5, 6],
	'mon-fri': [6, 7],
	'sat-wed': [4, 5],
	calendar: null
} as const satisfies Record<string, readonly number[] | null>;

export type SetupWorkingWeek = keyof typeof setupWorkingWeeks;

/** The browser form's fields: the setup schema's, the setup code and the password confirmed. */
export const setupFormSchema = z
	.object({
		code: z.string().trim().min(1).max(64),
		nameAr: setupSchema.shape.nameAr,
		nameEn: setupSchema.shape.nameEn,
		timeZone: z.enum(setupTimeZones),
		reviewWindowDays: setupSchema.shape.reviewWindowDays,
		workingWeek: z.enum(
			Object.keys(setupWorkingWeeks) as [SetupWorkingWeek, ...SetupWorkingWeek[]]
		),
		adminEmail: setupSchema.shape.adminEmail,
		adminName: z.string().trim().min(1).max(120),
		password: setupSchema.shape.password,
		confirm: z.string().max(1024)
	})
	.refine((form) => form.password === form.confirm, { path: ['confirm'], message: 'mismatch' });

export type SetupFormField = keyof z.input<typeof setupFormSchema>;

/** The browser form's fields, in the order the form shows them. */
export const setupFormFields = setupFormSchema.keyof().options;

/** Fields never sent back to the form after a failure: the setup code and the passwords. */
const secretFields: readonly SetupFormField[] = ['code', 'password', 'confirm'];

/** The fields whose typed value the form keeps after a failure. */
export const setupKeptFields = setupFormFields.filter((field) => !secretFields.includes(field));

/** The setup schema's input from the browser form's (already checked) fields. */
export function setupInputOfForm(form: z.infer<typeof setupFormSchema>): SetupInput {
	const weekend = setupWorkingWeeks[form.workingWeek];
	return setupSchema.parse({
		nameAr: form.nameAr,
		nameEn: form.nameEn,
		timeZone: form.timeZone,
		reviewWindowDays: form.reviewWindowDays,
		weekendDays: weekend ? [...weekend] : null,
		adminEmail: form.adminEmail,
		adminName: form.adminName,
		password: form.password
	});
}
