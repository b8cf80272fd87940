// What beneficiaries said, for the report: comment themes counted, and quotes across ratings (not
// only the best or the worst), picked evenly so the same data gives the same quotes.
import { countThemes, themesOf } from '../../domain/themes';
import type { Language } from '../../i18n/preferences';
import type { Names } from '../dashboard/dataset-context';
import { loadThemes } from '../dashboard/themes';
import type { ReportContent } from './content';

export interface ReportComment {
	id: string;
	csat: number | null;
	channel: string | null;
	comment: string;
}

export function whatWasSaid(
	comments: ReportComment[],
	names: Names,
	lang: Language,
	n: (v: number) => string
): ReportContent['said'] {
	const themes = loadThemes();
	const themeCounts = countThemes(
		comments.map((c) => c.comment),
		themes
	).map((c) => {
		const def = themes.find((d) => d.code === c.code)!;
		return { name: lang === 'ar' ? def.ar : def.en, count: n(c.count) };
	});
	const quotes: ReportContent['said']['quotes'] = [];
	for (const rating of [5, 4, 3, 2, 1]) {
		const pool = comments.filter(
			(c) => c.csat === rating && themesOf(c.comment, themes).length > 0 && c.comment.length <= 180
		);
		// evenly spaced picks: deterministic for the same data
		for (const i of [0.25, 0.75]) {
			const pick = pool[Math.floor(i * pool.length)];
			if (pick && !quotes.some((q) => q.text === pick.comment)) {
				quotes.push({
					text: pick.comment,
					rating: `${n(rating)}/${n(5)}`,
					channel: pick.channel ? names.channel(pick.channel) : ''
				});
			}
		}
	}
	return { themes: themeCounts, quotes };
}
