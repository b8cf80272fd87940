// The public survey: the active version's form (GET) and its plain form POST (default action),
// which stores the answer and only then sends the person to the thank-you page. Under the built
// server an ordinary answer is stored by the answer route with the same code (receiveForm) before
// SvelteKit (docs/architecture-answer-path.md); every other one arrives here.
import { redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { receiveAnswer, requireOpen, thanksPath } from '$lib/server/survey/answer-form';
import { refusedAnswer, surveyPage } from '$lib/server/survey/page-data';
import { linkOptions, openSurvey } from '$lib/server/survey/public-survey';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const store = await appStore();
	const opened = requireOpen(await openSurvey(store, event.params.slug), event.locals);
	const options = await linkOptions(store);
	// every form carries its own submission id: never shared through a cache
	event.setHeaders({ 'cache-control': 'private, no-cache' });
	return surveyPage(opened, event, options);
};

export const actions = {
	default: async (event) => {
		const { params, locals, url } = event;
		const store = await appStore();
		const opened = requireOpen(await openSurvey(store, params.slug), locals);
		const options = await linkOptions(store);
		const received = await receiveAnswer(event, store, opened, { options });
		if (received.kind === 'refused') return refusedAnswer(received, event, options);
		const lang = received.kind === 'stored' ? received.lang : locals.prefs.lang;
		redirect(303, thanksPath(params.slug, lang, locals.prefs, url));
	}
} satisfies Actions;
