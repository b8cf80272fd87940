// "You said, we did": improvement actions recorded by managers against findings.
import { maskPersonalData } from '../domain/masking';
import type { ImprovementActionInput } from '../schemas/improvement-action';
import { auditBy, type Actor } from './audit';
import type { Session, Store } from './db';
import { sql } from './sql';

export interface ImprovementAction extends Record<string, unknown> {
	id: number;
	finding_kind: 'channel' | 'service' | 'branch' | 'figure';
	finding_value: string;
	title: string;
	description: string | null;
	team: string | null;
	due_date: string | null;
	status: 'open' | 'in_progress' | 'done' | 'dropped';
	created_at: Date;
	updated_at: Date;
	done_at: Date | null;
}

function params(a: ImprovementActionInput) {
	return {
		finding_kind: a.findingKind,
		finding_value: a.findingValue,
		// free text is masked like comments: an action names services and processes, not people
		title: maskPersonalData(a.title).text,
		description: a.description ? maskPersonalData(a.description).text : null,
		team: a.team || null,
		due_date: a.dueDate || null,
		status: a.status
	};
}

export function listActions(store: Store): Promise<ImprovementAction[]> {
	return store.all<ImprovementAction>(sql('actions/list'));
}

export async function createAction(
	store: Store | Session,
	a: ImprovementActionInput,
	userId: number
): Promise<number> {
	const row = await store.one<{ id: number }>(sql('actions/insert'), {
		...params(a),
		created_by: userId
	});
	// no markChanged(): no cached figure shows actions, and a write here must not throw away the
	// dashboard's cached figures (under load every action recomputed every open dashboard); the
	// page writes the action and its audit entry in one transaction with { figures: false }
	return row!.id;
}

/** No cached dashboard figure shows actions: writing one keeps the cache (Store.transaction). */
const noFigures = { figures: false };

/** A manager's new action and its audit row, stored together or not at all. */
export function createActionBy(
	store: Store,
	a: ImprovementActionInput,
	by: Actor
): Promise<number> {
	return store.transaction(async (tx) => {
		const id = await createAction(tx, a, by.userId);
		await auditBy(tx, by, 'action.create', String(id), a);
		return id;
	}, noFigures);
}

/** A manager's change to an action and its audit row; false when there is no such action. */
export function updateActionBy(
	store: Store,
	id: number,
	a: ImprovementActionInput,
	by: Actor
): Promise<boolean> {
	return store.transaction(async (tx) => {
		if (!(await updateAction(tx, id, a))) return false;
		await auditBy(tx, by, 'action.update', String(id), a);
		return true;
	}, noFigures);
}

/** Returns false when there is no such action. */
export async function updateAction(
	store: Store | Session,
	id: number,
	a: ImprovementActionInput
): Promise<boolean> {
	const row = await store.one<{ id: number }>(sql('actions/update'), { ...params(a), id });
	return row !== undefined;
}
