// Data every public survey page shows: the survey's title and the link to the same page in the
// other language (a plain link that keeps the rest of the query, e.g. ?c=phone&b=hail).
import type { Language } from '../../i18n/preferences';
import type { SurveyRecord } from './public-survey';

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
