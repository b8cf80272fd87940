// A one-time survey link: the same form without the channel and branch questions (the answer
// takes them from the interaction the link was issued for). Unknown token: 404; used: 410.
import { error, redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import {
	readForm,
	receiveAnswer,
	requireOpen,
	thanksPath,
	type SurveyRefusal
} from '$lib/server/survey/answer-form';
import { tokenState } from '$lib/server/survey/one-time-link';
import { refusedAnswer, surveyPage } from '$lib/server/survey/page-data';
import { openSurvey } from '$lib/server/survey/public-survey';
import { responseIdOf } from '$lib/server/survey/submissions';
import type { Store } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

/** The open survey and token, or the polite 404 (unknown token) / 410 (used token). */
async function openToken(
	store: Store,
	{
		params,
		locals,
		url
	}: { params: { slug: string; token: string }; locals: App.Locals; url: URL },
	request?: Request
) {
	const opened = requireOpen(await openSurvey(store, params.slug), locals);
	const token = await tokenState(store, opened.survey.id, params.token);
	if (token.state === 'open') return { opened, tokenHash: token.tokenHash };
	const lang = locals.prefs.lang;
	if (token.state === 'used') {
		// the retry of the answer that used the link (its reply was lost) is thanked again
		const sent = request ? await readForm(request) : null;
		const sid = typeof sent?.sid === 'string' ? sent.sid.trim() : '';
		if (sid && token.responseId === responseIdOf(sid)) {
			redirect(303, thanksPath(params.slug, lang, locals.prefs, url));
		}
		error(410, { message: 'token_used' satisfies SurveyRefusal, lang });
	}
	error(404, { message: 'token_unknown' satisfies SurveyRefusal, lang });
}

export const load: PageServerLoad = async (event) => {
	const { opened } = await openToken(await appStore(), event);
	event.setHeaders({ 'cache-control': 'private, no-store' });
	return surveyPage(opened, event, null);
};

export const actions = {
	default: async (event) => {
		const { params, locals, url } = event;
		const store = await appStore();
		const { opened, tokenHash } = await openToken(store, event, event.request);
		const received = await receiveAnswer(event, store, opened, { tokenHash });
		if (received.kind === 'token_used') {
			error(410, { message: 'token_used' satisfies SurveyRefusal, lang: locals.prefs.lang });
		}
		if (received.kind === 'refused') return refusedAnswer(received, event, null);
		redirect(303, thanksPath(params.slug, received.lang, locals.prefs, url));
	}
} satisfies Actions;
