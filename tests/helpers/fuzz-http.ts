// Hostile input for the HTTP fuzz tests: arbitrary and malicious values (SQL and script injection,
// control and bidi characters, huge and impossible dates) for every page, form action and data
// endpoint. A new endpoint (the public survey) is one more entry in `fuzzEndpoints`.
import fc from 'fast-check';

export const hostileStrings = [
	"' OR '1'='1",
	"'; DROP TABLE interaction; --",
	'1; DELETE FROM improvement_action',
	'" OR ""="',
	'\\',
	'"><script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'</textarea><svg onload=alert(1)>',
	'${7*7}',
	'{{7*7}}',
	'=HYPERLINK("http://example.invalid","x")',
	'\u202Eevil\u202C',
	'\u0000',
	'\r\n',
	'../../etc/passwd',
	'%00',
	'%',
	'ـ'.repeat(3000),
	'😀👍🏽',
	'1e309',
	'-1',
	'0',
	'99999999999999999999',
	'9999-99-99',
	'2026-02-30',
	'0000-00-00',
	'NaN',
	'null',
	'[]',
	'{"a":1}'
];

/** Any text: short random strings (including lone surrogates), hostile strings, numbers, dates. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom(...hostileStrings),
	fc.integer().map(String),
	fc
		.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') })
		.map((d) => d.toISOString().slice(0, 10))
);

/** A value that is sometimes valid for the field (so deeper code runs), otherwise anything. */
const sometimes = (...valid: string[]) =>
	fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 2, arbitrary: anyText });

export interface FuzzRequest {
	method: 'GET' | 'POST';
	path: string;
	body?: URLSearchParams | FormData;
	headers?: Record<string, string>;
}

export interface FuzzEndpoint {
	name: string;
	/** Sent with an admin's session cookie (false: anonymously, as a beneficiary). */
	signedIn: boolean;
	request: fc.Arbitrary<FuzzRequest>;
}

/** Absent half the time, so that more requests get past validation to the code behind it. */
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

function query(fields: Record<string, string | undefined>): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(fields))
		if (value !== undefined) params.set(key, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

function form(fields: Record<string, string | undefined>): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(fields))
		if (value !== undefined) params.set(key, value);
	return params;
}

/** The dashboard filter bar's fields, each sometimes valid. */
export const filterFields = fc.record({
	period: optional(
		sometimes('this-month', 'last-month', 'this-quarter', 'this-year', 'last-12-months', 'custom')
	),
	from: optional(sometimes('2026-01-01', '2025-12-01')),
	to: optional(sometimes('2026-11-30', '2026-06-30')),
	channel: optional(sometimes('phone', 'website', 'in_person')),
	type: optional(sometimes('inquiry', 'support_request', 'complaint', 'suggestion')),
	service: optional(sometimes('relief', 'counselling')),
	branch: optional(sometimes('hail', 'baqaa'))
});

const datasets = [
	'csat-trend',
	'channel-volume',
	'turnaround-distribution',
	'overdue-age',
	'response-rate',
	'segments-channel',
	'segments-service',
	'segments-branch',
	'segments-team',
	'turnaround-months',
	'overdue-requests'
];

const actionFields = fc.record({
	id: optional(sometimes('1', '2', '3')),
	findingKind: optional(sometimes('channel', 'service', 'branch', 'figure')),
	findingValue: optional(anyText),
	title: optional(anyText),
	description: optional(anyText),
	team: optional(anyText),
	dueDate: optional(sometimes('2026-12-31', '')),
	status: optional(sometimes('open', 'in_progress', 'done', 'dropped'))
});

const pathSegment = anyText.map((s) => encodeURIComponent(s) || 'x');

export const fuzzEndpoints: FuzzEndpoint[] = [
	{
		name: 'POST /s/[slug] (the public survey, anonymous, with and without a one-time link)',
		signedIn: false,
		request: fc
			.tuple(
				fc.oneof(
					{ weight: 4, arbitrary: fc.constant('/s/satisfaction') },
					{ weight: 1, arbitrary: pathSegment.map((slug) => `/s/${slug}`) },
					{ weight: 1, arbitrary: pathSegment.map((token) => `/s/satisfaction/t/${token}`) }
				),
				fc.record({
					sid: optional(fc.oneof(fc.uuid(), anyText)),
					v: optional(sometimes('1', '2')),
					lang: optional(sometimes('ar', 'en')),
					channel: optional(sometimes('phone', 'website', 'in_person')),
					branch: optional(sometimes('hail', 'baqaa')),
					q_csat: optional(sometimes('1', '3', '5')),
					q_nps: optional(sometimes('0', '7', '10')),
					q_ces: optional(sometimes('1', '4', '7')),
					q_comment: optional(anyText),
					website: optional(sometimes(''))
				}),
				fc.boolean()
			)
			.map(([path, fields, json]) => ({
				method: 'POST' as const,
				path,
				body: form(fields),
				headers: { accept: json ? 'application/json' : 'text/html' }
			}))
	},
	{
		name: 'GET /s/[slug] pages (anonymous)',
		signedIn: false,
		request: fc
			.tuple(
				fc.oneof(
					fc.constant('/s/satisfaction'),
					fc.constant('/s/satisfaction/thanks'),
					pathSegment.map((slug) => `/s/${slug}`),
					pathSegment.map((token) => `/s/satisfaction/t/${token}`)
				),
				optional(sometimes('phone', 'website')),
				optional(sometimes('hail', 'baqaa')),
				optional(sometimes('ar', 'en'))
			)
			.map(([path, c, b, lang]) => ({
				method: 'GET' as const,
				path: `${path}${query({ c, b, lang })}`
			}))
	},
	{
		name: 'GET /api/dashboard/[dataset]',
		signedIn: true,
		request: fc
			.tuple(
				fc.oneof(
					{ weight: 4, arbitrary: fc.constantFrom(...datasets) },
					{ weight: 1, arbitrary: pathSegment }
				),
				filterFields,
				optional(sometimes('arrow', 'csv', 'xlsx'))
			)
			.map(([dataset, filter, format]) => ({
				method: 'GET' as const,
				path: `/api/dashboard/${dataset}${query({ ...filter, format })}`
			}))
	},
	{
		name: 'GET dashboard pages',
		signedIn: true,
		request: fc
			.tuple(
				fc.constantFrom(
					'/dashboard',
					'/dashboard/channels',
					'/dashboard/services',
					'/dashboard/branches',
					'/dashboard/teams',
					'/dashboard/turnaround',
					'/dashboard/actions'
				),
				filterFields,
				optional(sometimes('interactions', 'csat_percent', 'name')),
				optional(sometimes('asc', 'desc'))
			)
			.map(([page, filter, sort, dir]) => ({
				method: 'GET' as const,
				path: `${page}${query({ ...filter, sort, dir })}`
			}))
	},
	{
		name: 'GET /dashboard/comments (search)',
		signedIn: true,
		request: fc
			.tuple(
				filterFields,
				optional(anyText),
				optional(sometimes('1', '5', 'low', 'high')),
				optional(anyText),
				optional(sometimes('1', '2'))
			)
			.map(([filter, q, rating, theme, page]) => ({
				method: 'GET' as const,
				path: `/dashboard/comments${query({ ...filter, q, rating, theme, page })}`
			}))
	},
	{
		name: 'POST /dashboard/actions (create, update)',
		signedIn: true,
		request: fc
			.tuple(fc.constantFrom('create', 'update'), actionFields, fc.boolean())
			.map(([action, fields, json]) => ({
				method: 'POST' as const,
				path: `/dashboard/actions?/${action}`,
				body: form(fields),
				headers: { accept: json ? 'application/json' : 'text/html' }
			}))
	},
	{
		name: 'GET ingest and report pages, downloads and progress',
		signedIn: true,
		request: fc
			.tuple(
				fc.constantFrom('ingest', 'rejected', 'progress', 'reports', 'draft', 'report'),
				anyText,
				pathSegment
			)
			.map(([kind, value, segment]) => ({
				method: 'GET' as const,
				path: {
					ingest: `/ingest${query({ run: value })}`,
					rejected: `/api/ingest/runs/${segment}/rejected.csv`,
					progress: `/api/ingest/progress/${segment}`,
					reports: `/reports${query({ period: value })}`,
					draft: `/reports/draft${query({ period: value, lang: value.slice(0, 2) })}`,
					report: `/reports/${segment}`
				}[kind]
			}))
	},
	{
		name: 'POST /ingest (inspect, ingest, run) with arbitrary files and fields',
		signedIn: true,
		request: fc
			.tuple(
				fc.constantFrom('inspect', 'ingest', 'run'),
				optional(sometimes('interactions', 'responses')),
				fc.oneof(
					fc.constantFrom('a.csv', 'a.jsonl', 'a.xlsx', 'a.parquet', 'a.tsv', 'a.exe'),
					anyText
				),
				fc.oneof(
					anyText,
					fc
						.array(fc.array(anyText, { minLength: 1, maxLength: 5 }), { maxLength: 6 })
						.map((rows) =>
							['id,channel,type,received_at', ...rows.map((r) => r.join(','))].join('\n')
						)
				),
				optional(anyText),
				optional(anyText)
			)
			.map(([action, kind, name, content, token, sheet]) => {
				const body = new FormData();
				if (kind !== undefined) body.set('kind', kind);
				if (sheet !== undefined) body.set('sheet', sheet);
				if (token !== undefined) body.set('token', token);
				body.set('fileName', name);
				body.set('file', new Blob([content]), name);
				return {
					method: 'POST' as const,
					path: `/ingest?/${action}`,
					body,
					headers: { accept: 'application/json' }
				};
			})
	},
	{
		name: 'POST admin forms (users, settings, channels)',
		signedIn: true,
		request: fc
			.tuple(
				fc.constantFrom(
					'/admin/users?/create',
					'/admin/users?/role',
					'/admin/settings?/save',
					'/admin/settings?/addHoliday',
					'/admin/settings?/removeHoliday',
					'/admin/channels?/save'
				),
				fc.dictionary(
					fc.constantFrom(
						'email',
						'displayName',
						'role',
						'password',
						'id',
						'nameAr',
						'nameEn',
						'timeZone',
						'reviewWindowDays',
						'windowCounting',
						'minGroupSize',
						'day',
						'code',
						'aliases',
						'active'
					),
					anyText
				)
			)
			.map(([path, fields]) => ({
				method: 'POST' as const,
				path,
				body: form(fields),
				headers: { accept: 'application/json' }
			}))
	},
	{
		name: 'POST /reports (meeting) and /preferences',
		signedIn: true,
		request: fc
			.tuple(
				fc.constantFrom('/reports?/meeting', '/preferences'),
				fc.record({
					id: optional(sometimes('1', '2')),
					meetingNumber: optional(anyText),
					meetingDate: optional(sometimes('2026-12-01')),
					lang: optional(sometimes('ar', 'en')),
					digits: optional(sometimes('arab', 'latn')),
					calendar: optional(sometimes('hijri', 'gregory')),
					to: optional(anyText)
				})
			)
			.map(([path, fields]) => ({
				method: 'POST' as const,
				path,
				body: form(fields),
				headers: { accept: 'text/html' }
			}))
	},
	{
		name: 'anonymous: sign-in, health, public pages',
		signedIn: false,
		request: fc
			.tuple(fc.constantFrom('login', 'health', 'you-said-we-did', 'home'), anyText, anyText)
			.map(([kind, a, b]) =>
				kind === 'login'
					? {
							method: 'POST' as const,
							path: `/login${query({ redirectTo: b })}`,
							body: form({ email: a, password: b }),
							headers: { accept: 'text/html' }
						}
					: {
							method: 'GET' as const,
							path:
								{ health: '/health', 'you-said-we-did': '/you-said-we-did', home: '/' }[kind] +
								query({ q: a })
						}
			)
	}
];
