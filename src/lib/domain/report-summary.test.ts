import { describe, expect, it } from 'vitest';
import { reportSummary, type SummaryFacts } from './report-summary';

const base: SummaryFacts = {
	lang: 'en',
	csat: { n: 400, percent: 76.5, ciLow: 72.1, ciHigh: 80.4, suppressed: false },
	csatChange: { previous: 'improvement', yearBefore: 'no_clear_change', previousDiff: 6.2 },
	turnaround: {
		requests: 130,
		windowClosed: 120,
		withinPct: 70.8,
		medianDays: 11.5,
		stillWithin: 10,
		overdueOpen: 4
	},
	withinChange: { previous: 'decline', yearBefore: 'no_data', previousDiff: -9.1 },
	windowDays: 14,
	workingDays: false,
	areas: [
		{ kind: 'channel', name: 'Phone calls', reason: 'low_csat', value: 61.2 },
		{ kind: 'branch', name: 'Baqaa branch', reason: 'slow_turnaround', value: 48 }
	],
	format: (v, d = 0) => v.toFixed(d)
};

/** Turnaround of a period in which no request has been decided and none is overdue yet. */
const undecided = (requests: number): SummaryFacts['turnaround'] => ({
	requests,
	windowClosed: 0,
	withinPct: null,
	medianDays: null,
	stillWithin: requests,
	overdueOpen: 0
});

describe('report summary (English)', () => {
	const text = reportSummary(base);

	it('opens with the policy: improvement, not punishment', () => {
		expect(text[0]).toContain('not for punishment or blame');
		expect(text[0]).toContain('not of people');
	});

	it('states satisfaction with its interval and calls real changes changes', () => {
		expect(text[1]).toBe(
			'76.5% of 400 answers were satisfied (95% interval 72.1–80.4%). This is a clear improvement on the previous period (+6.2 percentage points). There is no clear change in the rate from the same period a year before.'
		);
	});

	it('states turnaround against the window, a decline, and the overdue requests', () => {
		expect(text[2]).toBe(
			'Of the 120 support requests whose 14-day window had closed by the end of the period, 70.8% were decided within it. Counting the requests still open, half were decided within 11.5 days (a Kaplan–Meier estimate). 10 requests are still within their window. This is a clear decline from the previous period (−9.1 percentage points). 4 open requests were past the window at the end of the period, whatever month they came in, and need follow-up.'
		);
	});

	it('says the median is not reached rather than quoting the decided ones only', () => {
		const early = reportSummary({ ...base, turnaround: undecided(12) });
		expect(early[2]).toBe(
			'No support request received in this period had reached the end of its 14-day window yet. Fewer than half have been decided so far, so the median time to decision is not reached yet. 12 requests are still within their window. No open request was past the window at the end of the period.'
		);
	});

	it('names areas to improve by channel and branch, never by person', () => {
		expect(text[3]).toBe(
			'Suggested areas to improve: the channel “Phone calls” (61.2% satisfied); the branch “Baqaa branch” (48.0% of requests within the window). The aim is to improve the processes and the service in these areas.'
		);
	});

	it('says there is not enough data rather than inventing a change', () => {
		const few = reportSummary({
			...base,
			csat: { n: 3, percent: null, ciLow: null, ciHigh: null, suppressed: true },
			turnaround: undecided(0),
			areas: []
		});
		expect(few[1]).toBe('Only 3 answers were received: too few to publish a satisfaction rate.');
		expect(few[2]).toBe(
			'No support requests were received in this period. No open request was past the window at the end of the period.'
		);
		expect(few[3]).toBe(
			'No channel, service or branch stood clearly apart from the overall level in this period.'
		);
	});
});

describe('report summary: too few to tell', () => {
	it('says too few to tell when a period is under the minimum group, and no data when empty', () => {
		const text = reportSummary({
			...base,
			csatChange: { previous: 'too_few', yearBefore: 'no_data', previousDiff: null },
			withinChange: { previous: 'too_few', yearBefore: 'too_few', previousDiff: null }
		});
		expect(text[1]).toBe(
			'76.5% of 400 answers were satisfied (95% interval 72.1–80.4%). There are too few to tell whether the rate changed from the previous period. There is no data to compare with the same period a year before.'
		);
		expect(text[2]).toContain(
			'There are too few to tell whether the share within the window changed from the previous period.'
		);
		expect(text.join(' ')).not.toContain('clear improvement');
		const ar = reportSummary({
			...base,
			lang: 'ar',
			csatChange: { previous: 'too_few', yearBefore: 'no_data', previousDiff: null }
		});
		expect(ar[1]).toContain('والعدد أقل من أن يُحكم بتغيّر النسبة عن الفترة السابقة.');
		expect(ar[1]).toContain('ولا تتوفر بيانات للمقارنة مع الفترة نفسها من العام الماضي.');
	});
});

describe('report summary (Arabic)', () => {
	const ar: SummaryFacts = {
		...base,
		lang: 'ar',
		format: (v, d = 0) =>
			new Intl.NumberFormat('ar-SA-u-nu-arab', {
				minimumFractionDigits: d,
				maximumFractionDigits: d
			}).format(v)
	};

	it('opens with the policy’s own words', () => {
		expect(reportSummary(ar)[0]).toContain('أداة للتقويم والتطوير لا للعقاب والتشهير');
	});

	it('uses Arabic digits and says improvement, decline and no clear change', () => {
		const text = reportSummary(ar);
		expect(text[1]).toContain('بلغت نسبة رضا المستفيدين ٧٦٫٥٪ من ٤٠٠ إجابة');
		expect(text[1]).toContain('وهذا تحسّن واضح عن الفترة السابقة (+٦٫٢ نقطة مئوية)');
		expect(text[1]).toContain('ولا يظهر تغيّر واضح في النسبة عن الفترة نفسها من العام الماضي');
		expect(text[2]).toContain('وهذا تراجع واضح عن الفترة السابقة (−٩٫١ نقطة مئوية)');
		expect(text[2]).toContain('وبقيت ٤ طلبات مفتوحة تجاوزت المهلة');
		expect(text[2]).toContain('من ١٢٠ طلب دعم انقضت مهلتها (١٤ يومًا) بنهاية الفترة');
		expect(text[2]).toContain('(تقدير كابلان–ماير)');
		const early = reportSummary({
			...ar,
			turnaround: { ...ar.turnaround, medianDays: null }
		});
		expect(early[2]).toContain('فالوسيط لم يُبلغ بعد');
		expect(text[3]).toContain('قناة «Phone calls» (الرضا ٦١٫٢٪)');
	});

	it('says when there are too few answers', () => {
		const text = reportSummary({
			...ar,
			csat: { n: 2, percent: null, ciLow: null, ciHigh: null, suppressed: true }
		});
		expect(text[1]).toBe('وصلت إجابتان فقط، وهو عدد أقل من أن تُنشر عنه نسبة رضا.');
	});
});
