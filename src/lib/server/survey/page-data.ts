// Data every public survey page shows: the survey's title and the link to the same page in the
// other language (a plain link that keeps the rest of the query, e.g. ?c=phone&b=hail), and the
// form of the survey link (/s/<slug>) and of a one-time link (/s/<slug>/t/<token>).
import { fail } from '@sveltejs/kit';
import type { Language } from '../../i18n/preferences';
import { surveyFormModel, type Received } from './answer-form';
import type { LinkOptions, OpenSurvey, SurveyRecord } from './public-survey';

export function surveyHeading(survey: SurveyRecord, lang: Language, url: URL) {
	const other: Language = lang === 'ar' ? 'en' : 'ar';
	const query = new URLSearchParams(url.searchParams);
	query.set('lang', other);
	return {
		slug: survey.slug,
		title: lang === 'ar' ? survey.titleAr : survey.titleEn,
		switchHref: `${url.pathname}?${query}`
	};
}

/**
 * What a survey page's load returns: the heading and the empty form of the open version.
 * `options`: the channel and branch lists (the survey link); null for a one-time link, whose
 * answer takes them from the interaction the link was issued for.
 */
export function surveyPage(
	opened: Extract<OpenSurvey, { state: 'open' }>,
	{ locals, url }: { locals: App.Locals; url: URL },
	options: LinkOptions | null
) {
	return {
		heading: surveyHeading(opened.survey, locals.prefs.lang, url),
		model: surveyFormModel({ prefs: locals.prefs, version: opened.version, options, url })
	};
}

/** A refused answer: the form again, with what was sent and why (the page's `form`). */
export function refusedAnswer(
	received: Extract<Received, { kind: 'refused' }>,
	{ locals, url }: { locals: App.Locals; url: URL },
	options: LinkOptions | null
) {
	return fail(received.status, {
		model: surveyFormModel({
			prefs: locals.prefs,
			version: received.version,
			options,
			url,
			values: received.values,
			errors: received.errors
		})
	});
}
