// The board report's summary in sentences, from the figures by fixed templates (no language model).
// It opens with the policy's framing, speaks of services, channels and processes (never of people),
// and calls a difference a change only when Fisher's exact test says it is one (src/lib/domain/
// change.ts), and says "too few to tell" when either period is under the minimum group.
import { reportMessages } from '../i18n/report-messages';
import type { ChangeLabel } from './change';

export type ChangeState = ChangeLabel;

export interface AreaToImprove {
	kind: 'channel' | 'service' | 'branch';
	name: string;
	/** low satisfaction (value = CSAT %) or slow decisions (value = within-window %) */
	reason: 'low_csat' | 'slow_turnaround';
	value: number;
}

export interface SummaryFacts {
	lang: 'ar' | 'en';
	csat: {
		n: number;
		percent: number | null;
		ciLow: number | null;
		ciHigh: number | null;
		suppressed: boolean;
	};
	csatChange: { previous: ChangeState; yearBefore: ChangeState; previousDiff: number | null };
	turnaround: {
		/** support requests received in the period */
		requests: number;
		/** of which the review window had closed by the end of the period (the share's base) */
		windowClosed: number;
		/** decided within the window ÷ windowClosed × 100 */
		withinPct: number | null;
		/** Kaplan–Meier median (open requests counted); null when not reached */
		medianDays: number | null;
		/** requests whose window was still running at the end */
		stillWithin: number;
		/** the backlog at the end, whatever month the requests came in */
		overdueOpen: number;
	};
	withinChange: { previous: ChangeState; yearBefore: ChangeState; previousDiff: number | null };
	windowDays: number;
	workingDays: boolean;
	areas: AreaToImprove[];
	format: (value: number, fractionDigits?: number) => string;
	/** the digits counted phrases are written with (the language's own by default) */
	digits?: 'arab' | 'latn';
}

const kindAr = { channel: 'قناة', service: 'خدمة', branch: 'فرع' } as const;
const kindEn = { channel: 'the channel', service: 'the service', branch: 'the branch' } as const;

function arabic(f: SummaryFacts): string[] {
	const n = f.format;
	const out = [
		'يُعرض هذا التقرير وفق سياسة تنظيم العلاقة مع المستفيدين: تقييم جودة الخدمة حق للمستفيد، وقياس رضاه أداة للتقويم والتطوير لا للعقاب والتشهير. تتحدث الأرقام التالية عن الخدمات والقنوات والإجراءات، لا عن أشخاص.'
	];

	const c = f.csat;
	let satisfaction: string;
	if (c.n === 0) satisfaction = 'لم تصل إجابات على استبيان الرضا في هذه الفترة.';
	else if (c.suppressed || c.percent === null)
		satisfaction = reportMessages('ar', f.digits).summary.fewAnswers({ n: c.n });
	else {
		satisfaction = `بلغت نسبة رضا المستفيدين ${n(c.percent, 1)}٪ ${reportMessages('ar', f.digits).summary.fromAnswers({ n: c.n })} (فترة الثقة ٩٥٪: ${n(c.ciLow!, 1)}–${n(c.ciHigh!, 1)}٪).`;
		satisfaction +=
			' ' + changeAr(f.csatChange.previous, f.csatChange.previousDiff, 'الفترة السابقة', n);
		satisfaction +=
			' ' + changeAr(f.csatChange.yearBefore, null, 'الفترة نفسها من العام الماضي', n);
	}
	out.push(satisfaction);

	const t = f.turnaround;
	const unit = f.workingDays ? 'يوم عمل' : 'يوماً';
	let turnaround: string;
	if (t.requests === 0) turnaround = 'لم ترد طلبات دعم في هذه الفترة.';
	else {
		turnaround =
			t.windowClosed > 0
				? `${reportMessages('ar', f.digits).summary.fromRequests({ n: t.windowClosed })} (${n(f.windowDays)} ${unit}) بنهاية الفترة، بُتّ في ${n(t.withinPct ?? 0, 1)}٪ منها خلال المهلة.`
				: `لم تنقضِ بعدُ مهلة (${n(f.windowDays)} ${unit}) أيٍّ من طلبات الدعم التي وردت في هذه الفترة.`;
		turnaround +=
			t.medianDays !== null
				? ` وباحتساب الطلبات التي ما زالت مفتوحة، بُتّ في نصف الطلبات خلال ${n(t.medianDays, 1)} ${unit} (تقدير كابلان–ماير).`
				: ' ولم يُبتّ بعدُ في نصف الطلبات، فالوسيط لم يُبلغ بعد.';
		if (t.stillWithin > 0)
			turnaround += ` ${reportMessages('ar', f.digits).summary.stillWithin({ n: t.stillWithin })}`;
		if (t.windowClosed > 0)
			turnaround +=
				' ' +
				changeAr(
					f.withinChange.previous,
					f.withinChange.previousDiff,
					'الفترة السابقة',
					n,
					'نسبة الطلبات ضمن المهلة'
				);
	}
	turnaround += ` ${reportMessages('ar', f.digits).summary.overdueOpen({ n: t.overdueOpen })}`;
	out.push(turnaround);

	if (f.areas.length === 0) {
		out.push('لم تظهر في هذه الفترة قناة أو خدمة أو فرع يبتعد بوضوح عن المستوى العام.');
	} else {
		const items = f.areas.map((a) =>
			a.reason === 'low_csat'
				? `${kindAr[a.kind]} «${a.name}» (الرضا ${n(a.value, 1)}٪)`
				: `${kindAr[a.kind]} «${a.name}» (${n(a.value, 1)}٪ من الطلبات ضمن المهلة)`
		);
		out.push(
			`مجالات مقترحة للتحسين: ${items.join('، ')}. المقصود تحسين الإجراءات والخدمة في هذه المجالات.`
		);
	}
	return out;
}

function changeAr(
	state: ChangeState,
	diff: number | null,
	against: string,
	format: SummaryFacts['format'],
	what = 'النسبة'
): string {
	switch (state) {
		case 'improvement':
			return `وهذا تحسّن واضح عن ${against}${diff === null ? '' : ` (${fmtPoints(diff, 'ar', format)})`}.`;
		case 'decline':
			return `وهذا تراجع واضح عن ${against}${diff === null ? '' : ` (${fmtPoints(diff, 'ar', format)})`}.`;
		case 'no_clear_change':
			return `ولا يظهر تغيّر واضح في ${what} عن ${against}.`;
		case 'too_few':
			return `والعدد أقل من أن يُحكم بتغيّر ${what} عن ${against}.`;
		default:
			return `ولا تتوفر بيانات للمقارنة مع ${against}.`;
	}
}

function english(f: SummaryFacts): string[] {
	const n = f.format;
	const out = [
		"This report follows the policy regulating the relationship with beneficiaries: evaluating service quality is the beneficiary's right, and measuring satisfaction is a tool for correction and development, not for punishment or blame. The figures speak of services, channels and processes, not of people."
	];

	const c = f.csat;
	let satisfaction: string;
	if (c.n === 0) satisfaction = 'No satisfaction answers were received in this period.';
	else if (c.suppressed || c.percent === null)
		satisfaction = reportMessages('en', f.digits).summary.fewAnswers({ n: c.n });
	else {
		satisfaction = `${n(c.percent, 1)}% ${reportMessages('en', f.digits).summary.fromAnswers({ n: c.n })} were satisfied (95% interval ${n(c.ciLow!, 1)}–${n(c.ciHigh!, 1)}%).`;
		satisfaction +=
			' ' + changeEn(f.csatChange.previous, f.csatChange.previousDiff, 'the previous period', n);
		satisfaction +=
			' ' + changeEn(f.csatChange.yearBefore, null, 'the same period a year before', n);
	}
	out.push(satisfaction);

	const t = f.turnaround;
	const unit = f.workingDays ? 'working days' : 'days';
	const window = `${n(f.windowDays)}-${unit === 'days' ? 'day' : 'working-day'} window`;
	let turnaround: string;
	if (t.requests === 0) turnaround = 'No support requests were received in this period.';
	else {
		turnaround =
			t.windowClosed > 0
				? `${reportMessages('en', f.digits).summary.fromRequests({ n: t.windowClosed })} whose ${window} had closed by the end of the period, ${n(t.withinPct ?? 0, 1)}% were decided within it.`
				: `No support request received in this period had reached the end of its ${window} yet.`;
		turnaround +=
			t.medianDays !== null
				? ` Counting the requests still open, half were decided within ${n(t.medianDays, 1)} ${unit} (a Kaplan–Meier estimate).`
				: ' Fewer than half have been decided so far, so the median time to decision is not reached yet.';
		if (t.stillWithin > 0)
			turnaround += ` ${reportMessages('en', f.digits).summary.stillWithin({ n: t.stillWithin })}`;
		if (t.windowClosed > 0)
			turnaround +=
				' ' +
				changeEn(
					f.withinChange.previous,
					f.withinChange.previousDiff,
					'the previous period',
					n,
					'the share within the window'
				);
	}
	turnaround +=
		t.overdueOpen > 0
			? ` ${reportMessages('en', f.digits).summary.overdueOpen({ n: t.overdueOpen })}`
			: ' No open request was past the window at the end of the period.';
	out.push(turnaround);

	if (f.areas.length === 0) {
		out.push(
			'No channel, service or branch stood clearly apart from the overall level in this period.'
		);
	} else {
		const items = f.areas.map((a) =>
			a.reason === 'low_csat'
				? `${kindEn[a.kind]} “${a.name}” (${n(a.value, 1)}% satisfied)`
				: `${kindEn[a.kind]} “${a.name}” (${n(a.value, 1)}% of requests within the window)`
		);
		out.push(
			`Suggested areas to improve: ${items.join('; ')}. The aim is to improve the processes and the service in these areas.`
		);
	}
	return out;
}

function changeEn(
	state: ChangeState,
	diff: number | null,
	against: string,
	format: SummaryFacts['format'],
	what = 'the rate'
): string {
	switch (state) {
		case 'improvement':
			return `This is a clear improvement on ${against}${diff === null ? '' : ` (${fmtPoints(diff, 'en', format)})`}.`;
		case 'decline':
			return `This is a clear decline from ${against}${diff === null ? '' : ` (${fmtPoints(diff, 'en', format)})`}.`;
		case 'no_clear_change':
			return `There is no clear change in ${what} from ${against}.`;
		case 'too_few':
			return `There are too few to tell whether ${what} changed from ${against}.`;
		default:
			return `There is no data to compare with ${against}.`;
	}
}

function fmtPoints(diff: number, lang: 'ar' | 'en', format: SummaryFacts['format']): string {
	const abs = format(Math.abs(diff), 1);
	return lang === 'ar'
		? `${diff >= 0 ? '+' : '−'}${abs} نقطة مئوية`
		: `${diff >= 0 ? '+' : '−'}${abs} percentage points`;
}

/** The summary paragraphs, in the report's language. */
export function reportSummary(facts: SummaryFacts): string[] {
	return facts.lang === 'ar' ? arabic(facts) : english(facts);
}
