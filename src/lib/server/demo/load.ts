// Loads the demo association into the store in one transaction: settings, labels, the public
// survey, a year of interactions and answers, and a few improvement actions.
import { addDays, instantOf, isoDateIn, monthStart, parseIsoDate } from '../../domain/zoned-time';
import { audit } from '../audit';
import type { Session, SqlValue, Store } from '../db';
import { rebuildRollupsIn } from '../metrics/rollups';
import { createOrganisation } from '../organisation';
import { sql } from '../sql';
import {
	actions,
	branches,
	defaultSurveyQuestions,
	demoOrganisation,
	services,
	teams,
	type Label
} from './catalog';
import { generateDemo, type DemoData, type DemoInteraction, type DemoResponse } from './generate';

export interface SeedResult {
	from: string;
	to: string;
	interactions: number;
	responses: number;
	seconds: number;
}

export function todayIn(timeZone: string, now = new Date()): string {
	return isoDateIn(now, timeZone);
}

/** The staging tables' columns (sql/demo/stage.sql), in order, as the generator names them. */
const interactionColumns = [
	'id',
	'channel',
	'type',
	'receivedAt',
	'decidedAt',
	'decision',
	'closedAt',
	'service',
	'branch',
	'team',
	'beneficiaryRef'
] as const satisfies readonly (keyof DemoInteraction)[];
const responseColumns = [
	'id',
	'submittedAt',
	'channel',
	'branch',
	'service',
	'interactionId',
	'csat',
	'nps',
	'ces',
	'comment',
	'lang'
] as const satisfies readonly (keyof DemoResponse)[];

function rowsOf<T extends Record<K, SqlValue>, K extends keyof T>(
	records: readonly T[],
	columns: readonly K[]
): SqlValue[][] {
	return records.map((record) => columns.map((column) => record[column]));
}

async function appendRows(tx: Session, data: DemoData): Promise<void> {
	await tx.run(sql('demo/stage'));
	await tx.appendRows('demo_interaction', rowsOf(data.interactions, interactionColumns));
	await tx.appendRows('demo_response', rowsOf(data.responses, responseColumns));
}

async function insertLabels(tx: Session, kind: string, labels: Label[]): Promise<void> {
	for (const label of labels) {
		await tx.run(sql('demo/insert_label'), {
			kind,
			code: label.code,
			name_ar: label.ar,
			name_en: label.en
		});
	}
}

/**
 * Loads the demo organisation with 12 months of data ending on `asOf` (default: today in Riyadh).
 * With `reset`, first removes the organisation's data (users and the audit log stay).
 */
export async function seedDemo(
	store: Store,
	options: { asOf?: string; seed?: number; reset?: boolean } = {}
): Promise<SeedResult> {
	const started = performance.now();
	const asOf = options.asOf ?? todayIn(demoOrganisation.timeZone);
	if (!parseIsoDate(asOf)) throw new Error(`Not a date (YYYY-MM-DD): ${asOf}`);
	const data = generateDemo({ asOf, seed: options.seed });

	await store.transaction(async (tx) => {
		if (options.reset) await tx.run(sql('demo/clear'));
		await createOrganisation(tx, { ...demoOrganisation, isDemo: true });
		await insertLabels(tx, 'service', services);
		await insertLabels(tx, 'branch', branches);
		await insertLabels(tx, 'team', teams);
		const survey = await tx.one<{ id: number }>(sql('demo/insert_survey'), {
			slug: 'satisfaction',
			title_ar: 'استبيان رضا المستفيدين',
			title_en: 'Beneficiary satisfaction survey'
		});
		await tx.run(sql('demo/insert_survey_version'), {
			survey_id: survey!.id,
			version: 1,
			questions: JSON.stringify(defaultSurveyQuestions)
		});
		await appendRows(tx, data);
		await tx.run(sql('demo/insert_staged_interactions'));
		await tx.run(sql('demo/insert_staged_responses'), { survey_id: survey!.id });
		await tx.run(sql('demo/unstage'));
		await rebuildRollupsIn(tx, demoOrganisation.timeZone);
		for (const action of actions) {
			const createdDay = addDays(monthStart(asOf, -action.monthsAgo), 9);
			await tx.run(sql('demo/insert_action'), {
				finding_kind: action.findingKind,
				finding_value: action.findingValue,
				title: action.title,
				description: action.description,
				team: action.team,
				due_date: addDays(createdDay, action.dueInDays),
				status: action.status,
				created_at: instantOf({ ...parseIsoDate(createdDay)!, hour: 10 }, demoOrganisation.timeZone)
			});
		}
		await audit(tx, {
			actor: 'system',
			action: 'demo.seed',
			detail: { asOf, interactions: data.interactions.length, responses: data.responses.length }
		});
	});

	return {
		from: data.from,
		to: data.to,
		interactions: data.interactions.length,
		responses: data.responses.length,
		seconds: (performance.now() - started) / 1000
	};
}
