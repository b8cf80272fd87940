// Results of the survey questions other than csat / nps / ces / comment, and the channel list.
import {
	questionResults,
	type AnswerCount,
	type QuestionDefinition
} from '../../domain/question-results';
import { questionSetSchema } from '../../schemas/survey-questions';
import type { Row, Store } from '../db';
import { sql } from '../sql';
import { questionAnonymityIndex } from './anonymity';
import { loadContext, parameters, parseMetricsFilter, periodOf, run } from './context';
import { groupDims } from './scoring';
import type { MetricsFilter, QuestionResults } from './types';

/**
 * Results of the survey questions other than csat / nps / ces / comment for a period and filter:
 * answers per question and, for choice questions, per option. Each question's answers are cut
 * into anonymity blocks of their own; the option figures cover the blocks lying wholly inside the
 * group (`scored_n`), and a question none of whose answers do keeps its count only.
 */
export async function computeQuestionResults(
	store: Store,
	input: MetricsFilter
): Promise<QuestionResults> {
	const filter = parseMetricsFilter(input);
	const ctx = await loadContext(store, filter);
	const [counts, versions, blocks] = await Promise.all([
		run<AnswerCount & Row>(store, 'metrics/question_answers', parameters(ctx.org, filter)),
		store.all<{ survey_id: number; version: number; questions: string }>(
			sql('metrics/question_definitions')
		),
		questionAnonymityIndex((name, params) => run(store, name, params), {
			zone: ctx.org.timeZone,
			minGroupSize: ctx.org.minGroupSize,
			from: filter.from,
			to: filter.to
		})
	]);
	const dims = groupDims(filter);
	const scored = new Map<string, AnswerCount[]>();
	for (const question of new Set(counts.map((row) => row.question))) {
		const byValue = blocks.scored(question, dims, filter.from, filter.to);
		scored.set(
			question,
			[...byValue].map(([value, answers]) => ({ question, value, answers }))
		);
	}
	return {
		period: periodOf(ctx.org, filter),
		min_group_size: ctx.org.minGroupSize,
		questions: questionResults(counts, latestDefinitions(versions), ctx.org.minGroupSize, scored)
	};
}

/** Each question key's definition in the newest survey version that has it (versions newest first). */
function latestDefinitions(versions: { questions: string }[]): Map<string, QuestionDefinition> {
	const definitions = new Map<string, QuestionDefinition>();
	for (const version of versions) {
		const parsed = questionSetSchema.safeParse(JSON.parse(version.questions));
		if (!parsed.success) continue;
		for (const question of parsed.data) {
			if (!definitions.has(question.key)) definitions.set(question.key, question);
		}
	}
	return definitions;
}

/** Every channel (active or not) with its names, in display order. */
export async function listChannels(
	store: Store
): Promise<{ code: string; name_ar: string; name_en: string; active: boolean }[]> {
	return store.all(sql('metrics/channels'));
}
