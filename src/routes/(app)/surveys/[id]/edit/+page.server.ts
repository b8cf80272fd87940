// The question editor on the survey's draft. Plain form posts: `save` validates and stores the
// draft; `add`, `remove` and `up` change the list as posted and show it again, unsaved (the page
// keeps every value typed). The active version is never changed here.
import { fail } from '@sveltejs/kit';
import {
	applyEdit,
	checkQuestions,
	fromQuestionSet,
	readEditorForm,
	withOptionRows,
	type EditAction,
	type EditableQuestion
} from '$lib/domain/survey-editor';
import { actorOf } from '$lib/server/audit';
import {
	discardDraft,
	editorSource,
	saveDraft,
	SurveyChangeError
} from '$lib/server/survey/manage';
import { staffSurvey, surveyHeading } from '$lib/server/survey/route';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { store, survey } = await staffSurvey(event);
	const source = (await editorSource(store, survey.id))!;
	return {
		survey: surveyHeading(survey),
		version: source.version,
		isDraft: source.isDraft,
		questions: withOptionRows(fromQuestionSet(source.questions))
	};
};

/** The element to focus after a step, so keyboard users stay where they were working. */
function focusAfter(
	action: EditAction,
	form: FormData,
	before: EditableQuestion[],
	after: EditableQuestion[]
): string | undefined {
	const down = /^q(\d+)(?:o(\d+))?$/.exec(String(form.get('down') ?? ''));
	const target = /^q(\d+)(?:o(\d+))?$/.exec(String(form.get('target') ?? ''));
	const q = Number(target?.[1] ?? 0);
	if (action === 'add') {
		if (form.get('target') === 'new') return `q${after.length - 1}_text_ar`;
		return `q${q}_o${after[q]!.options.length - 1}_text_ar`;
	}
	if (action === 'remove') {
		if (target?.[2] !== undefined) return `q${q}_add_option`;
		return after.length ? `q${Math.min(q, after.length - 1)}_text_ar` : 'new_type';
	}
	if (down) return target?.[2] !== undefined ? `q${q}_o${target[2]}_text_ar` : `q${q}_down`;
	if (target?.[2] !== undefined) return `q${q}_o${Math.max(0, Number(target[2]) - 1)}_text_ar`;
	return before.length > 1 ? `q${Math.max(0, q - 1)}_up` : undefined;
}

async function step(event: RequestEvent, action: EditAction) {
	await staffSurvey(event);
	const form = await event.request.formData();
	const list = readEditorForm(form.entries());
	// "move down" is posted as moving the next item up
	const down = /^q(\d+)(?:o(\d+))?$/.exec(String(form.get('down') ?? ''));
	const target =
		action === 'up' && down
			? down[2] === undefined
				? `q${Number(down[1]) + 1}`
				: `q${down[1]}o${Number(down[2]) + 1}`
			: form.get('target');
	if (down) form.set('target', String(target));
	const next = applyEdit(list, action, { target, type: form.get('new_type') });
	if (!next)
		return fail(400, { action, questions: withOptionRows(list), errors: [], unsaved: true });
	return {
		action,
		questions: withOptionRows(next),
		errors: [],
		unsaved: true,
		focus: focusAfter(action, form, list, next)
	};
}

export const actions: Actions = {
	save: async (event) => {
		const { me, store, survey } = await staffSurvey(event);
		const list = readEditorForm((await event.request.formData()).entries());
		const check = checkQuestions(list);
		if (!check.ok)
			return fail(400, {
				action: 'save' as const,
				questions: withOptionRows(list),
				errors: check.errors,
				unsaved: true
			});
		const version = await saveDraft(store, survey.id, check.questions, actorOf(me, event));
		return { action: 'save' as const, saved: version };
	},
	add: (event) => step(event, 'add'),
	remove: (event) => step(event, 'remove'),
	up: (event) => step(event, 'up'),
	discard: async (event) => {
		const { me, store, survey } = await staffSurvey(event);
		const version = Number((await event.request.formData()).get('version'));
		if (!Number.isInteger(version) || version < 1)
			return fail(400, { action: 'discard' as const, error: 'bad_input' });
		try {
			await discardDraft(store, survey.id, version, actorOf(me, event));
		} catch (error) {
			if (error instanceof SurveyChangeError)
				return fail(409, { action: 'discard' as const, error: error.code });
			throw error;
		}
		return { action: 'discard' as const, discarded: version };
	}
};
