// The survey editor's error lookups: which messages belong to a question's field or option cell,
// the ids that tie them to their control, and the control an error summary link points at.
import { isScaleType, type EditableQuestion, type EditorError } from '$lib/domain/survey-editor';

export interface EditorErrorLookup {
	/** the errors of question `question` (one field, or all; one option's cell, or none) */
	at: (question: number, field?: string, option?: number) => EditorError[];
	/** the control's aria-invalid */
	invalid: (question: number, field: string, option?: number) => 'true' | undefined;
	/** the id of the control's message, when it has one */
	id: (question: number, field: string, option?: number) => string | undefined;
	/** an error's message beside its field, in the page's language */
	message: (err: EditorError) => string;
}

export function editorErrors(
	errors: readonly EditorError[],
	message: (err: EditorError) => string
): EditorErrorLookup {
	const at = (question: number, field?: string, option?: number) =>
		errors.filter(
			(err) =>
				err.question === question &&
				(field === undefined || err.field === field) &&
				(option === undefined ? err.option === undefined : err.option === option)
		);
	return {
		at,
		invalid: (question, field, option) => (at(question, field, option).length ? 'true' : undefined),
		id: (question, field, option) =>
			at(question, field, option).length
				? `err-q${question}${option === undefined ? '' : `o${option}`}-${field}`
				: undefined,
		message
	};
}

/** The id of the control an error is about (the error summary's link target). */
export function errorFieldId(err: EditorError, questions: readonly EditableQuestion[]): string {
	if (err.question === undefined) return 'new_type';
	const q = `q${err.question}`;
	if (err.option !== undefined)
		return `${q}_o${err.option}_${err.field === 'value' ? 'value' : (err.field ?? 'text_ar')}`;
	if (err.field === 'options') return `${q}_add_option`;
	if (err.field === 'key' && isScaleType(questions[err.question]?.type ?? '')) return `${q}_type`;
	return `${q}_${err.field ?? 'text_ar'}`;
}
