// npm run survey:tokens on a store no server holds: a CSV of interaction ids and one-time links,
// the same interactions never twice, and one-line errors for what cannot be done.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation } from '../src/lib/server/organisation';
import { createSurvey, publishDraft } from '../src/lib/server/survey/manage';
import { hashSurveyToken } from '../src/lib/server/survey/token';
import { root } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const dir = tempDir();
const databasePath = path.join(dir, 'cli.duckdb');

function cli(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/survey-tokens.ts', ...args],
		{
			cwd: root,
			env: { ...process.env, DATABASE_PATH: databasePath, DEBUG: '', ORIGIN: '', ...env },
			encoding: 'utf8'
		}
	);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
	const store = await Store.open(databasePath);
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية', nameEn: 'Association' });
	const id = await createSurvey(store, { slug: 'visit', title_ar: 'ز', title_en: 'V' }, null);
	await publishDraft(store, id, 1, null);
	await createSurvey(store, { slug: 'unpublished', title_ar: 'م', title_en: 'U' }, null);
	const rows: [string, string, string][] = [
		['A-1', 'phone', '2026-04-01T06:00:00Z'],
		['A-2', 'letter', '2026-04-02T06:00:00Z'],
		['=A-3', 'phone', '2026-04-03T06:00:00Z'],
		['A-4', 'phone', '2026-05-01T06:00:00Z']
	];
	for (const [id, channel, at] of rows) {
		await store.run(
			`insert into interaction (id, channel, type, received_at, beneficiary_ref)
			 values ($id, $channel, 'inquiry', $at::timestamptz, 'person-' || $id)`,
			{ id, channel, at }
		);
	}
	store.close();
});

afterAll(() => removeTempDirs());

describe('npm run survey:tokens', () => {
	it('writes interaction ids and links to --out, then makes none for the same interactions', async () => {
		const out = path.join(dir, 'links.csv');
		const first = cli(
			[
				'--survey',
				'visit',
				'--from',
				'2026-04-01',
				'--to',
				'2026-04-30',
				'--out',
				out,
				'--origin',
				'https://survey.example.sa/ignored/path'
			],
			{}
		);
		expect(first.stderr).toBe(
			`3 new one-time links for 3 interactions of 2026-04-01 to 2026-04-30; written to ${out}.\n`
		);
		expect(first.code).toBe(0);
		expect(first.stdout).toBe('');
		const csv = readFileSync(out, 'utf8');
		expect(csv.startsWith('\uFEFFinteraction_id,link\r\n')).toBe(true);
		const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
		expect(rows.map((r) => r.split(',')[0])).toEqual(['A-1', 'A-2', "'=A-3"]);
		for (const row of rows)
			expect(row).toMatch(/,https:\/\/survey\.example\.sa\/s\/visit\/t\/[a-z2-7]{32}$/);
		expect(csv).not.toContain('person-');

		const store = await Store.open(databasePath);
		try {
			const hashes = await store.all<{ token_hash: string; interaction_id: string }>(
				'select token_hash, interaction_id from survey_token order by interaction_id'
			);
			const tokens = rows.map((r) => r.slice(-32));
			expect(hashes.map((h) => h.token_hash).sort()).toEqual(tokens.map(hashSurveyToken).sort());
			const audit = await store.one<{ actor: string }>(
				`select actor from audit_log where action = 'survey.tokens'`
			);
			expect(audit?.actor).toBe('cli');
		} finally {
			store.close();
		}

		// the whole of April and May: only the May interaction is new; the CSV goes to stdout
		const second = cli(['--survey', 'visit', '--from', '2026-04-01', '--to', '2026-05-31']);
		expect(second.code).toBe(0);
		const lines = second.stdout.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/^A-4,http:\/\/localhost:3000\/s\/visit\/t\/[a-z2-7]{32}$/);
		expect(second.stderr).toContain(
			'1 new one-time links for 4 interactions of 2026-04-01 to 2026-05-31; 3 already have a link not yet used and 0 were answered'
		);
		expect(second.stderr).toContain('set ORIGIN or --origin');
	});

	it('filters by channel', () => {
		const result = cli([
			'--survey',
			'visit',
			'--from',
			'2026-04-01',
			'--to',
			'2026-05-31',
			'--channel',
			'letter'
		]);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('0 new one-time links for 1 interactions');
		expect(result.stdout).toBe('\uFEFFinteraction_id,link\r\n');
	});

	const refusals: [string, string[], number, RegExp][] = [
		[
			'missing flags',
			['--survey', 'visit', '--from', '2026-04-01'],
			64,
			/--survey, --from and --to are needed/
		],
		[
			'dates in the wrong order',
			['--survey', 'visit', '--from', '2026-05-01', '--to', '2026-04-01'],
			64,
			/Invalid period/
		],
		[
			'a bad origin',
			['--survey', 'visit', '--from', '2026-04-01', '--to', '2026-04-02', '--origin', 'ftp://x'],
			64,
			/--origin must start with https/
		],
		[
			'an unknown survey',
			['--survey', 'nope', '--from', '2026-04-01', '--to', '2026-04-02'],
			1,
			/no survey "nope"/
		],
		[
			'a survey not open',
			['--survey', 'unpublished', '--from', '2026-04-01', '--to', '2026-04-02'],
			1,
			/not open; publish or reopen it first/
		],
		[
			'an unknown channel',
			['--survey', 'visit', '--from', '2026-04-01', '--to', '2026-04-02', '--channel', 'pigeon'],
			1,
			/no channel "pigeon"/
		]
	];
	it.each(refusals)('explains %s clearly', (_, args, code, message) => {
		const result = cli(args);
		expect(result.code).toBe(code);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).toMatch(/^error: /);
		// a usage error adds the usage line
		expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(code === 64 ? 2 : 1);
		expect(result.stdout).toBe('');
	});
});
