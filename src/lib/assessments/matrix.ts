import { toCsv } from '../data/csv-write';
import type { MatrixAssessment } from './schema';
import { cleanRatings } from './answers';

type Factor = MatrixAssessment['factors'][number];

export interface Candidate {
	/** Stable id within the matrix, e.g. "candidate-3". */
	id: string;
	/** What the team calls the candidate; may be empty while typing. */
	name: string;
	/** 1-10 score per factor id; unscored factors are absent. */
	scores: Record<string, number>;
}

export interface RankedCandidate {
	candidate: Candidate;
	/** Weighted total on the 1-10 scale, when every factor is scored. */
	total: number | undefined;
	/** 1-based rank among complete candidates; equal totals share a rank. Undefined while incomplete. */
	rank: number | undefined;
	/** Whether another candidate has the same total. */
	tied: boolean;
	/** Labels of the factors still to score. */
	missing: string[];
}

/** The problem with a set of weights, or undefined when they add up to exactly 100. */
export function weightProblem(factors: readonly Pick<Factor, 'weight'>[]): string | undefined {
	const sum = factors.reduce((total, factor) => total + factor.weight, 0);
	return sum === 100
		? undefined
		: `Expected factor weights to add up to 100, found ${factors.map((f) => f.weight).join(' + ')} = ${sum}`;
}

/** Display name of a candidate, falling back to its position for an empty name. */
export function displayName(candidate: Candidate, index: number): string {
	return candidate.name.trim() || `Candidate ${index + 1}`;
}

/**
 * Ranks candidates by weighted total. Totals are compared exactly (sums of score × weight), so equal totals are
 * real ties: they share a rank and are listed by name, then by the order they were added. Incomplete candidates
 * follow, unranked, in the order they were added.
 */
export function rankCandidates(factors: readonly Factor[], candidates: readonly Candidate[]): RankedCandidate[] {
	const totalWeight = factors.reduce((sum, factor) => sum + factor.weight, 0);
	const rows = candidates.map((candidate, index) => {
		const missing = factors.filter((factor) => candidate.scores[factor.id] === undefined).map((f) => f.label);
		const points = missing.length
			? undefined
			: factors.reduce((sum, factor) => sum + candidate.scores[factor.id]! * factor.weight, 0);
		return { candidate, index, name: displayName(candidate, index), points, missing };
	});
	const complete = rows
		.filter((row) => row.points !== undefined)
		.sort(
			(a, b) =>
				b.points! - a.points! || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.index - b.index,
		);
	const ranked: RankedCandidate[] = complete.map((row) => {
		const first = complete.findIndex((other) => other.points === row.points);
		return {
			candidate: row.candidate,
			total: row.points! / totalWeight,
			rank: first + 1,
			tied: complete.some((other) => other !== row && other.points === row.points),
			missing: [],
		};
	});
	const incomplete = rows
		.filter((row) => row.points === undefined)
		.map((row) => ({ candidate: row.candidate, total: undefined, rank: undefined, tied: false, missing: row.missing }));
	return [...ranked, ...incomplete];
}

/** A weighted total with two decimals: totals differ by at least 0.01, so equal text means a real tie. */
export function formatTotal(total: number): string {
	return total.toFixed(2);
}

/** The rank as shown: "1", or "=1" for a tie, or "–" while incomplete. */
export function rankLabel(row: Pick<RankedCandidate, 'rank' | 'tied'>): string {
	if (row.rank === undefined) return '–';
	return row.tied ? `=${row.rank}` : String(row.rank);
}

/**
 * The ranked table as CSV: rank (a plain number, so spreadsheets sort it), whether it is shared, candidate, one
 * column per factor (with its weight) and the weighted total. Incomplete candidates have no rank or total.
 */
export function matrixCsv(factors: readonly Factor[], candidates: readonly Candidate[]): string {
	const ranking = rankCandidates(factors, candidates);
	const header = ['Rank', 'Tied', 'Candidate', ...factors.map((f) => `${f.label} (${f.weight}%)`), 'Weighted total'];
	const body = ranking.map((row) => [
		row.rank ?? '',
		row.tied ? 'yes' : '',
		displayName(row.candidate, candidates.indexOf(row.candidate)),
		...factors.map((factor) => row.candidate.scores[factor.id] ?? ''),
		row.total === undefined ? '' : formatTotal(row.total),
	]);
	return toCsv([header, ...body]);
}

/** A file name for the export, dated: `evaluation-matrix-2026-11-24.csv`. */
export function csvFileName(id: string, date: Date): string {
	return `${id}-${date.toISOString().slice(0, 10)}.csv`;
}

/** The next free candidate id. */
export function nextCandidateId(candidates: readonly Candidate[]): string {
	const numbers = candidates.map((c) => Number(/^candidate-(\d+)$/.exec(c.id)?.[1] ?? 0));
	return `candidate-${Math.max(0, ...numbers) + 1}`;
}

/** Longest candidate name kept. */
export const maxNameLength = 120;

/**
 * Candidates read back from storage, or undefined when the data is not a list of candidates (then it is discarded).
 * Scores for factors no longer in the matrix are dropped.
 */
export function cleanCandidates(raw: unknown, factorIds: readonly string[]): Candidate[] | undefined {
	if (!Array.isArray(raw)) return undefined;
	const candidates: Candidate[] = [];
	for (const item of raw) {
		if (item === null || typeof item !== 'object') return undefined;
		const { id, name, scores } = item as Record<string, unknown>;
		if (typeof id !== 'string' || typeof name !== 'string' || candidates.some((c) => c.id === id)) return undefined;
		candidates.push({ id, name: name.slice(0, maxNameLength), scores: cleanRatings(scores, factorIds) });
	}
	return candidates;
}

/** One sentence for the live region: who leads, and whether it is a tie. */
export function matrixSummary(ranking: readonly RankedCandidate[], candidates: readonly Candidate[]): string {
	const ranked = ranking.filter((row) => row.rank !== undefined);
	if (!ranked.length) return 'Score every factor for a candidate to rank it.';
	const leaders = ranked.filter((row) => row.rank === 1);
	const names = leaders.map((row) => displayName(row.candidate, candidates.indexOf(row.candidate)));
	const total = formatTotal(leaders[0]!.total!);
	return leaders.length > 1
		? `${names.join(' and ')} tie for first with ${total} of 10.`
		: `${names[0]} leads with ${total} of 10 (${ranked.length} of ${candidates.length} ranked).`;
}
