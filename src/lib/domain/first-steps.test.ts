import { describe, expect, it } from 'vitest';
import { firstStepsFor, type FirstStepsDone } from './first-steps';

const none: FirstStepsDone = {
	channels: false,
	import: false,
	survey: false,
	posters: false,
	users: false,
	minGroup: false
};

describe('first steps of a new association', () => {
	it('an admin sees all six, in order, none done', () => {
		const steps = firstStepsFor('admin', none);
		// each step, in order, with the page it is taken on
		expect(steps.steps.map((s) => `${s.key} ${s.href}`)).toEqual([
			'channels /admin/channels',
			'import /ingest',
			'survey /surveys',
			'posters /surveys',
			'users /admin/users',
			'minGroup /admin/settings'
		]);
		expect(steps).toMatchObject({ done: 0, total: 6, complete: false });
	});

	it('a manager sees only the steps a manager may take; a board member none', () => {
		expect(firstStepsFor('manager', none).steps.map((s) => s.key)).toEqual([
			'import',
			'survey',
			'posters'
		]);
		const board = firstStepsFor('board', { ...none, import: true });
		expect(board).toMatchObject({ steps: [], done: 0, total: 0, complete: true });
	});

	it('counts what is done over the steps shown, and is complete when all are', () => {
		const some = { ...none, import: true, users: true };
		expect(firstStepsFor('admin', some)).toMatchObject({ done: 2, total: 6, complete: false });
		expect(firstStepsFor('manager', some)).toMatchObject({ done: 1, total: 3 });
		const managerDone = { ...none, import: true, survey: true, posters: true };
		expect(firstStepsFor('manager', managerDone).complete).toBe(true);
		expect(firstStepsFor('admin', managerDone).complete).toBe(false);
	});

	it('links the posters to the published survey and offers the sample beside the import', () => {
		const steps = firstStepsFor('admin', none, {
			postersHref: '/surveys/3/links',
			sampleHref: '/ingest/sample.csv'
		});
		expect(steps.steps.find((s) => s.key === 'posters')!.href).toBe('/surveys/3/links');
		expect(steps.steps.find((s) => s.key === 'import')!.sample).toBe('/ingest/sample.csv');
		expect(steps.steps.filter((s) => s.sample)).toHaveLength(1);
	});
});
