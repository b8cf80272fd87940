// Phrases a finished page never shows: text left from a first version ("the full dashboard is
// coming"), placeholders and notes to developers. Checked against the page's visible text.

export const placeholderPhrases = [
	'قادمة',
	'قادم قريب',
	'قريبًا',
	'صفحة أولى',
	'قيد الإنشاء',
	'قيد التطوير',
	'نص تجريبي',
	'coming soon',
	'on its way',
	'is coming',
	'first page',
	'placeholder',
	'under construction',
	'not implemented',
	'lorem',
	'ipsum',
	'TODO',
	'FIXME',
	'TBD',
	'XXX'
];

/** The text a page shows: no scripts, styles, tags or attributes (an input's placeholder is fine). */
export function visibleText(html: string): string {
	return html
		.replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
		.replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[a-z]+;|&#\d+;/gi, ' ')
		.replace(/\s+/g, ' ');
}

/** The placeholder phrases a page's HTML shows (case-insensitive; TODO-like ones as words). */
export function placeholdersIn(html: string): string[] {
	const text = visibleText(html);
	return placeholderPhrases.filter((phrase) =>
		/^[A-Z]+$/.test(phrase)
			? new RegExp(`\\b${phrase}\\b`).test(text)
			: text.toLowerCase().includes(phrase.toLowerCase())
	);
}
