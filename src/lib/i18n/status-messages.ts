// Status labels, defined once: a survey's status, an improvement action's and an import run's.
import type { Language } from './preferences';

const ar = {
	survey: { draft: 'مسودة', active: 'مفتوح', closed: 'مغلق' },
	action: { open: 'مفتوح', in_progress: 'قيد التنفيذ', done: 'تم', dropped: 'أُلغي' },
	ingestRun: { running: 'جارٍ', done: 'تم', failed: 'فشل' }
};

const en: typeof ar = {
	survey: { draft: 'Draft', active: 'Open', closed: 'Closed' },
	action: { open: 'Open', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
	ingestRun: { running: 'running', done: 'done', failed: 'failed' }
};

export const statusCatalogue = { ar, en };

export function statusLabels(lang: Language) {
	return statusCatalogue[lang];
}
