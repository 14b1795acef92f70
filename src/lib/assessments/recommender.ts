import { countOf } from '../core/plural';
import type { RecommenderAssessment } from './schema';

/** Chosen option id per question id. */
export type Choices = Readonly<Record<string, string>>;

export interface ModelScore {
	model: string;
	points: number;
}

export interface Recommendation {
	/** Every model with its points, best first; equal points keep the content's order. */
	scores: ModelScore[];
	/** The recommended model id. */
	model: string;
	/** Whether the runner-up has the same points: the first-listed (lighter) model is recommended. */
	tie: boolean;
	/** Reasons of the chosen answers that favour the recommended model, in question order. */
	reasons: string[];
	/** Trade-offs of the recommended model. */
	tradeOffs: string[];
}

/** Ids of questions without a valid answer, in order. */
export function unansweredQuestions(assessment: Pick<RecommenderAssessment, 'questions'>, choices: Choices): string[] {
	return assessment.questions
		.filter((question) => !question.options.some((option) => option.id === choices[question.id]))
		.map((question) => question.id);
}

/**
 * Adds up each chosen answer's points per model. The highest total wins; on a tie the model listed first in the
 * content wins (list lighter commitments first: start simple, deepen later). Undefined until every question is answered.
 */
export function recommendModel(
	assessment: Pick<RecommenderAssessment, 'questions' | 'models'>,
	choices: Choices,
): Recommendation | undefined {
	if (unansweredQuestions(assessment, choices).length) return undefined;
	const chosen = assessment.questions.map((q) => q.options.find((option) => option.id === choices[q.id])!);
	const scores = assessment.models
		.map((entry, index) => ({
			model: entry.model,
			index,
			points: chosen.reduce((sum, option) => sum + (option.points[entry.model] ?? 0), 0),
		}))
		.sort((a, b) => b.points - a.points || a.index - b.index);
	const best = scores[0]!;
	const favours = (option: (typeof chosen)[number]) => {
		const own = option.points[best.model] ?? 0;
		return own > 0 && Object.values(option.points).every((points) => points <= own);
	};
	return {
		scores: scores.map(({ model, points }) => ({ model, points })),
		model: best.model,
		tie: scores.length > 1 && scores[1]!.points === best.points,
		reasons: chosen.filter(favours).map((option) => option.reason),
		tradeOffs: assessment.models.find((entry) => entry.model === best.model)!.tradeOffs,
	};
}

/** Choices read back from storage: only known questions with one of their options. */
export function cleanChoices(
	raw: unknown,
	assessment: Pick<RecommenderAssessment, 'questions'>,
): Record<string, string> {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
	const clean: Record<string, string> = {};
	for (const question of assessment.questions) {
		const value = (raw as Record<string, unknown>)[question.id];
		if (question.options.some((option) => option.id === value)) clean[question.id] = value as string;
	}
	return clean;
}

/** One sentence for the live region. */
export function recommendationSummary(
	recommendation: Recommendation | undefined,
	unanswered: number,
	labelOf: (model: string) => string,
): string {
	if (!recommendation)
		return `Answer the remaining ${countOf(unanswered, { one: 'question', other: 'questions' })} to get a recommendation.`;
	return `Recommended model: ${labelOf(recommendation.model)}${recommendation.tie ? ' (a close call)' : ''}.`;
}

/** A model's score as listed: "Value exchange: 1 point". */
export function scoreText(label: string, points: number): string {
	return `${label}: ${countOf(points, { one: 'point', other: 'points' })}`;
}
