import { countOf } from '../core/plural';
import type { ReadinessAssessment } from './schema';
import { formatScore, mean, type Ratings } from './answers';

export type ReadinessLevel = 'ready' | 'nearly' | 'not-yet' | 'unanswered';

export interface AreaResult {
	id: string;
	label: string;
	/** Mean of the answered statements, 1-10; undefined when none is answered. */
	score: number | undefined;
	level: ReadinessLevel;
	answered: number;
	total: number;
	/** Next steps for statements scored below `readyAt`, weakest first (ties keep content order). */
	nextSteps: { questionId: string; text: string; rating: number }[];
}

export interface ReadinessResult {
	areas: AreaResult[];
	/** The area to work on first: the lowest score (first in content order on a tie); undefined if all are ready. */
	focus: AreaResult | undefined;
	/** Ready only when every area is ready. */
	overall: ReadinessLevel;
	unanswered: number;
}

/** Level of an area score against the assessment's thresholds. */
export function levelOf(score: number | undefined, readyAt: number, nearlyAt: number): ReadinessLevel {
	if (score === undefined) return 'unanswered';
	if (score >= readyAt) return 'ready';
	if (score >= nearlyAt) return 'nearly';
	return 'not-yet';
}

const levelRank: Record<ReadinessLevel, number> = { unanswered: 0, 'not-yet': 1, nearly: 2, ready: 3 };

/** Scores the readiness check: a mean per area, its level, and the next steps for weak statements. */
export function scoreReadiness(
	assessment: Pick<ReadinessAssessment, 'areas' | 'readyAt' | 'nearlyAt'>,
	ratings: Ratings,
): ReadinessResult {
	const areas = assessment.areas.map((area): AreaResult => {
		const answered = area.questions.filter((question) => ratings[question.id] !== undefined);
		const score = mean(answered.map((question) => ratings[question.id]!));
		const nextSteps = answered
			.filter((question) => ratings[question.id]! < assessment.readyAt)
			.map((question) => ({ questionId: question.id, text: question.nextStep, rating: ratings[question.id]! }))
			.sort((a, b) => a.rating - b.rating);
		return {
			id: area.id,
			label: area.label,
			score,
			level: levelOf(score, assessment.readyAt, assessment.nearlyAt),
			answered: answered.length,
			total: area.questions.length,
			nextSteps,
		};
	});
	const weak = areas.filter((area) => area.score !== undefined && area.level !== 'ready');
	const focus = weak.reduce<AreaResult | undefined>(
		(lowest, area) => (!lowest || area.score! < lowest.score! ? area : lowest),
		undefined,
	);
	const overall = areas.reduce<ReadinessLevel>(
		(worst, area) => (levelRank[area.level] < levelRank[worst] ? area.level : worst),
		'ready',
	);
	return { areas, focus, overall, unanswered: areas.reduce((sum, area) => sum + area.total - area.answered, 0) };
}

/** Words for each level, shared by the island and the summary. */
export const readinessLevelLabels: Record<ReadinessLevel, string> = {
	ready: 'Ready',
	nearly: 'Nearly ready',
	'not-yet': 'Not ready yet',
	unanswered: 'Not rated',
};

/** One sentence for the live region: the overall level and where to start. */
export function readinessSummary(result: ReadinessResult): string {
	if (result.areas.every((area) => area.level === 'unanswered'))
		return 'Rate at least one statement to see your readiness.';
	if (result.overall === 'ready') return 'Every area is ready: you can start identifying partners.';
	const scores = result.areas
		.filter((area) => area.score !== undefined)
		.map((area) => `${area.label} ${formatScore(area.score!)} of 10`)
		.join(', ');
	return result.focus
		? `${scores}. Start with ${result.focus.label}: ${countOf(result.focus.nextSteps.length, { one: 'next step', other: 'next steps' })}.`
		: `${scores}. Rate the remaining statements to complete the check.`;
}

/** The note above the results while statements are left: "2 statements not rated yet; …". */
export function unansweredNote(unanswered: number): string {
	return `${countOf(unanswered, { one: 'statement', other: 'statements' })} not rated yet; ${unanswered === 1 ? 'it is' : 'they are'} left out of the scores.`;
}

/**
 * What an area says beside its level. An area with nothing rated says how to get a score instead of repeating
 * "Not rated", which its level already shows.
 */
export function areaScoreText(area: Pick<AreaResult, 'score'>): string {
	return area.score === undefined
		? 'Rate its statements to score this area.'
		: `Score: ${formatScore(area.score)} out of 10`;
}
