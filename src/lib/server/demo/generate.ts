// Generates the demo association's year of interactions and survey answers, deterministically:
// the same seed and end date give the same rows, to the byte.
import { addDays, instantOf, isoWeekday, monthStart, parseIsoDate } from '../../domain/zoned-time';
import {
	anyHourChannels,
	branchWeights,
	channelWeights,
	comments,
	demoOrganisation,
	type ChannelCode
} from './catalog';
import { Random } from './random';

export interface DemoOptions {
	/** Last day of the data, `YYYY-MM-DD` in the organisation's zone; the data covers 12 months to it. */
	asOf: string;
	seed?: number;
	/** Expected interactions over the whole year. */
	interactionsPerYear?: number;
}

export interface DemoInteraction {
	id: string;
	channel: string;
	type: 'inquiry' | 'support_request' | 'complaint' | 'suggestion';
	receivedAt: Date;
	decidedAt: Date | null;
	decision: 'approved' | 'rejected' | 'pending' | null;
	closedAt: Date | null;
	service: string;
	branch: string;
	team: string;
	beneficiaryRef: string;
}

export interface DemoResponse {
	id: string;
	submittedAt: Date;
	channel: string;
	branch: string;
	service: string;
	interactionId: string | null;
	csat: number;
	nps: number | null;
	ces: number | null;
	comment: string | null;
	lang: 'ar' | 'en';
}

export interface DemoData {
	from: string;
	to: string;
	interactions: DemoInteraction[];
	responses: DemoResponse[];
}

const DAY_MS = 86_400_000;
const zone = demoOrganisation.timeZone;

const typeWeightsByChannel: Record<string, Record<DemoInteraction['type'], number>> = {
	help_request: { support_request: 80, inquiry: 15, complaint: 3, suggestion: 2 },
	service_form: { support_request: 75, inquiry: 15, complaint: 5, suggestion: 5 },
	project_application: { support_request: 85, inquiry: 12, complaint: 2, suggestion: 1 },
	volunteering: { support_request: 5, inquiry: 60, complaint: 5, suggestion: 30 },
	default: { support_request: 24, inquiry: 50, complaint: 13, suggestion: 13 }
};

const serviceWeightsByType: Record<DemoInteraction['type'], Record<string, number>> = {
	support_request: { financial_aid: 30, food_basket: 25, rent_support: 25, sponsorship: 20 },
	inquiry: {
		food_basket: 20,
		financial_aid: 25,
		rent_support: 15,
		sponsorship: 15,
		counselling: 12,
		training: 13
	},
	complaint: {
		food_basket: 25,
		financial_aid: 30,
		rent_support: 25,
		sponsorship: 10,
		counselling: 5,
		training: 5
	},
	suggestion: {
		food_basket: 20,
		financial_aid: 15,
		rent_support: 10,
		sponsorship: 10,
		counselling: 20,
		training: 25
	}
};

const hijriMonth = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
	timeZone: 'UTC',
	month: 'numeric'
});

/** Relative volume of a day: quiet weekends, busier Ramadan (Hijri month 9). */
function dayWeight(iso: string): number {
	const weekday = isoWeekday(iso);
	let weight = weekday === 5 ? 0.12 : weekday === 6 ? 0.3 : 1;
	const d = parseIsoDate(iso)!;
	const month = Number(hijriMonth.format(new Date(Date.UTC(d.year, d.month - 1, d.day, 12))));
	if (month === 9) weight *= 1.4;
	return weight;
}

function teamFor(type: DemoInteraction['type'], service: string, channel: string): string {
	if (channel === 'volunteering') return 'volunteering';
	if (type === 'support_request') return 'research';
	if (service === 'training' || service === 'counselling') return 'programs';
	return 'reception';
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** Builds the demo rows. */
export function generateDemo(options: DemoOptions): DemoData {
	const random = new Random(options.seed ?? 1447);
	const to = options.asOf;
	const from = monthStart(to, -11);
	const endInstant = instantOf({ ...parseIsoDate(addDays(to, 1))! }, zone).getTime() - 1000;
	const newBranchFrom = monthStart(to, -1);

	const days: string[] = [];
	for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
	const weights = days.map(dayWeight);
	const totalWeight = weights.reduce((a, b) => a + b, 0);
	const perWeight = (options.interactionsPerYear ?? 57_000) / totalWeight;

	const interactions: DemoInteraction[] = [];
	const responses: DemoResponse[] = [];
	let sequence = 0;

	days.forEach((day, dayIndex) => {
		const monthIndex = Math.floor(dayIndex / 30.5); // 0 … 11, for a gentle trend
		const count = random.poisson(weights[dayIndex]! * perWeight * (0.92 + monthIndex * 0.012));
		const date = parseIsoDate(day)!;
		for (let i = 0; i < count; i++) {
			const channel = random.weighted(channelWeights) as ChannelCode;
			const type = random.weighted(typeWeightsByChannel[channel] ?? typeWeightsByChannel.default!);
			const service = random.weighted(serviceWeightsByType[type]);
			const branch =
				day >= newBranchFrom && random.chance(0.006) ? 'al_hait' : random.weighted(branchWeights);
			const team = teamFor(type, service, channel);
			const hour = anyHourChannels.has(channel) ? random.int(0, 23) : random.int(8, 15);
			const receivedAt = instantOf(
				{ ...date, hour, minute: random.int(0, 59), second: random.int(0, 59) },
				zone
			);
			sequence++;
			const interaction: DemoInteraction = {
				id: `INT-${day.slice(0, 4)}${day.slice(5, 7)}-${String(sequence).padStart(6, '0')}`,
				channel,
				type,
				receivedAt,
				decidedAt: null,
				decision: null,
				closedAt: null,
				service,
				branch,
				team,
				beneficiaryRef: `BEN-${String(random.int(1, 9000)).padStart(5, '0')}`
			};
			settle(interaction, random, endInstant, monthIndex);
			interactions.push(interaction);
			const answer = maybeRespond(
				interaction,
				random,
				endInstant,
				monthIndex,
				responses.length + 1
			);
			if (answer) responses.push(answer);
		}
	});
	responses.sort(
		(a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : 1)
	);
	return { from, to, interactions, responses };
}

/** Decides, closes or leaves pending, with turnaround spread around the 14-day window. */
function settle(
	row: DemoInteraction,
	random: Random,
	endInstant: number,
	monthIndex: number
): void {
	const received = row.receivedAt.getTime();
	const at = (days: number) => {
		const t = received + days * DAY_MS;
		return t <= endInstant ? new Date(t) : null;
	};
	if (row.type === 'support_request') {
		// median turnaround improves from about 12 to about 9 days over the year; slower branches
		const branchFactor = row.branch === 'baqaa' ? 1.3 : row.branch === 'mawqaq' ? 1.15 : 1;
		const median = (12 - monthIndex * 0.25) * branchFactor;
		const days = clamp(median * Math.exp(0.45 * random.normal()), 0.3, 75);
		const stuck = random.chance(0.025);
		const decidedAt = stuck ? null : at(days);
		row.decidedAt = decidedAt;
		if (!decidedAt) {
			row.decision = 'pending';
			return;
		}
		row.decision = random.chance(0.68) ? 'approved' : 'rejected';
		row.closedAt = row.decision === 'approved' ? at(days + random.int(1, 10)) : decidedAt;
		return;
	}
	const closeDays =
		row.type === 'inquiry'
			? random.next() * 2
			: row.type === 'complaint'
				? random.int(1, 20)
				: random.int(0, 5);
	row.closedAt = at(closeDays);
}

const responseRateByChannel: Record<string, number> = {
	website: 0.21,
	service_form: 0.2,
	in_person: 0.2,
	volunteering: 0.22,
	help_request: 0.17,
	project_application: 0.17,
	branch_rep: 0.15,
	social_media: 0.12,
	phone: 0.12,
	letter: 0.05
};

const channelMood: Record<string, number> = {
	in_person: 0.3,
	volunteering: 0.35,
	branch_rep: 0.15,
	phone: -0.1,
	website: -0.2,
	social_media: -0.15
};

function maybeRespond(
	row: DemoInteraction,
	random: Random,
	endInstant: number,
	monthIndex: number,
	number: number
): DemoResponse | null {
	if (!random.chance(responseRateByChannel[row.channel] ?? 0.15)) return null;
	const after = (row.decidedAt ?? row.closedAt ?? row.receivedAt).getTime();
	const submitted = after + random.next() * 3 * DAY_MS;
	if (submitted > endInstant) return null;

	let mood = 1.05 + (channelMood[row.channel] ?? 0) + monthIndex * 0.025;
	if (row.type === 'complaint') mood -= 0.8;
	if (row.decision === 'approved') mood += 0.35;
	if (row.decision === 'rejected') mood -= 0.6;
	if (row.decision === 'pending') mood -= 0.5;
	if (row.decidedAt) {
		const days = (row.decidedAt.getTime() - row.receivedAt.getTime()) / DAY_MS;
		if (days > 14) mood -= 0.5;
	}
	const latent = mood + random.normal();
	const csat = latent < -0.9 ? 1 : latent < -0.2 ? 2 : latent < 0.45 ? 3 : latent < 1.5 ? 4 : 5;
	const nps = random.chance(0.88)
		? clamp(Math.round(csat * 2 + 0.3 + random.normal() * 1.3), 0, 10)
		: null;
	const ces = random.chance(0.42)
		? clamp(Math.round(csat * 1.3 + 0.4 + random.normal()), 1, 7)
		: null;
	const english = random.chance(0.04);
	let comment: string | null = null;
	if (random.chance(0.3)) {
		comment = english
			? random.pick(comments.english)
			: random.pick(
					csat >= 4 ? comments.positive : csat === 3 ? comments.neutral : comments.negative
				);
	}
	return {
		id: `RSP-${String(number).padStart(6, '0')}`,
		submittedAt: new Date(Math.floor(submitted / 1000) * 1000),
		channel: row.channel,
		branch: row.branch,
		service: row.service,
		interactionId: random.chance(0.7) ? row.id : null,
		csat,
		nps,
		ces,
		comment,
		lang: english ? 'en' : 'ar'
	};
}
