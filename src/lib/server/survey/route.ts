// Shared by the survey management routes: the survey named in the URL, or 404.
import { error } from '@sveltejs/kit';
import { appStore } from '../app-store';
import { requireRole, staffRoles } from '../auth/guard';
import type { Store } from '../db';
import { getSurvey, type SurveyRow } from './manage';

/** The survey of `/surveys/[id]/…`; a missing or malformed id is a 404 in the person's language. */
export async function surveyFromParams(
	store: Store,
	event: { params: Record<string, string>; locals: App.Locals }
): Promise<SurveyRow> {
	const raw = event.params.id ?? '';
	const survey = /^[1-9]\d{0,9}$/.test(raw) ? await getSurvey(store, Number(raw)) : undefined;
	if (!survey) error(404, { message: 'no such survey', lang: event.locals.prefs.lang });
	return survey;
}

/** What every survey page shows in its heading and navigation. */
export function surveyHeading(survey: SurveyRow) {
	return {
		id: survey.id,
		slug: survey.slug,
		titleAr: survey.title_ar,
		titleEn: survey.title_en,
		status: survey.status,
		activeVersion: survey.active_version,
		embeddable: survey.embeddable
	};
}
export type SurveyHeading = ReturnType<typeof surveyHeading>;

/**
 * How every survey page, action and download starts: a staff member signed in (else the sign-in
 * page or 403), the store, and the survey of the URL (else 404).
 */
export async function staffSurvey(event: {
	params: Record<string, string>;
	locals: App.Locals;
	url: URL;
	request: Request;
}) {
	const me = requireRole(event, staffRoles);
	const store = await appStore();
	const survey = await surveyFromParams(store, event);
	return { me, store, survey };
}
