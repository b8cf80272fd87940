// What the survey form components are given: one model for the public pages and the preview.
import type { AnswerQuestion, FormValues } from '$lib/schemas/survey-answers';
import type { QuestionSet } from '$lib/schemas/survey-questions';
import type { Digits, Language } from '$lib/i18n/preferences';
import type { SurveyErrorCode, SurveyMessages } from '$lib/i18n/survey-messages';

export interface LinkChoice {
	code: string;
	name: string;
}

/** A channel or branch: carried by the link (hidden), asked (a list), or neither. */
export type LinkField =
	{ kind: 'fixed'; code: string } | { kind: 'ask'; options: LinkChoice[] } | { kind: 'none' };

export interface SurveyFormModel {
	lang: Language;
	digits: Digits;
	questions: QuestionSet;
	version: number;
	/** Submission id: a UUID made when the form is shown, kept through errors and retries. */
	sid: string;
	channel: LinkField;
	branch: LinkField;
	/** What was sent, shown again after an error. */
	values: FormValues;
	errors: Partial<Record<string, SurveyErrorCode>>;
	/** What the browser script validates with (the same schema as the server). */
	validation: { questions: AnswerQuestion[]; channels: string[]; branches: string[] };
}

/** What a question of the form is given (ScaleQuestion, TextQuestion); `V`: the value it shows. */
export interface QuestionProps<V> {
	field: string;
	title: string;
	required: boolean;
	/** what was sent, shown again after an error */
	value: V;
	/** the field's error message, already in the page's language ('' when none) */
	error: string;
	digits: Digits;
	m: SurveyMessages;
}
