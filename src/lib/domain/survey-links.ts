// Public survey links (per channel and branch) and the CSV of one-time links. Pure.

/**
 * The public link of a survey for a channel and a branch: `${origin}/s/${slug}?c=CHANNEL&b=BRANCH`
 * (each parameter only when given), which the public page records with the answer.
 */
export function surveyLink(
	origin: string,
	slug: string,
	where: { channel?: string | null; branch?: string | null } = {}
): string {
	const query = new URLSearchParams();
	if (where.channel) query.set('c', where.channel);
	if (where.branch) query.set('b', where.branch);
	const search = query.size ? `?${query}` : '';
	return `${origin.replace(/\/$/, '')}/s/${encodeURIComponent(slug)}${search}`;
}

/** A file name part from free text: letters, digits, _ and -, nothing else. */
export function fileNamePart(text: string): string {
	return text.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'survey';
}

function csvField(text: string): string {
	// a leading = + - @ would run as a formula in a spreadsheet
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One-time links as CSV for Excel (UTF-8 with BOM, CRLF): `interaction_id,link`, one row per
 * link. Nothing else: never the beneficiary's reference.
 */
export function tokenLinksCsv(rows: readonly { interactionId: string; link: string }[]): string {
	const lines = ['interaction_id,link'];
	for (const row of rows) lines.push(`${csvField(row.interactionId)},${csvField(row.link)}`);
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
