import { countOf } from '../core/plural';
import type { PitfallReview } from './schema';
import type { Ratings } from './answers';

export type RiskLevel = 'high' | 'medium' | 'low';

export interface PitfallRisk {
	id: string;
	label: string;
	rating: number;
	level: RiskLevel;
	frequency: number;
	article: string;
	action: string;
	/** 1-based rank; pitfalls with the same rating and frequency share a rank. */
	rank: number;
	/** Whether another pitfall shares this rank. */
	tied: boolean;
}

export interface PitfallResult {
	/** Rated pitfalls, highest exposure first. */
	risks: PitfallRisk[];
	/** Ids of pitfalls not rated yet, in content order. */
	unrated: string[];
}

/** Risk level of one rating against the review's thresholds. */
export function riskLevel(rating: number, highAt: number, mediumAt: number): RiskLevel {
	return rating >= highAt ? 'high' : rating >= mediumAt ? 'medium' : 'low';
}

/**
 * Ranks the rated pitfalls: highest exposure first; on equal ratings the more common pitfall comes first,
 * and pitfalls equal on both share a rank (listed in content order).
 */
export function reviewPitfalls(
	review: Pick<PitfallReview, 'pitfalls' | 'highAt' | 'mediumAt'>,
	ratings: Ratings,
): PitfallResult {
	const rated = review.pitfalls
		.map((pitfall, index) => ({ pitfall, index, rating: ratings[pitfall.id] }))
		.filter((item): item is typeof item & { rating: number } => item.rating !== undefined)
		.sort((a, b) => b.rating - a.rating || b.pitfall.frequency - a.pitfall.frequency || a.index - b.index);
	const same = (a: (typeof rated)[number], b: (typeof rated)[number] | undefined) =>
		b !== undefined && a.rating === b.rating && a.pitfall.frequency === b.pitfall.frequency;
	const risks: PitfallRisk[] = [];
	rated.forEach((item, index) => {
		const previous = risks[index - 1];
		const rank = previous && same(item, rated[index - 1]) ? previous.rank : index + 1;
		risks.push({
			id: item.pitfall.id,
			label: item.pitfall.label,
			rating: item.rating,
			level: riskLevel(item.rating, review.highAt, review.mediumAt),
			frequency: item.pitfall.frequency,
			article: item.pitfall.article,
			action: item.pitfall.action,
			rank,
			tied: same(item, rated[index - 1]) || same(item, rated[index + 1]),
		});
	});
	return { risks, unrated: review.pitfalls.filter((pitfall) => ratings[pitfall.id] === undefined).map((p) => p.id) };
}

/** Words for each risk level. */
export const riskLevelLabels: Record<RiskLevel, string> = { high: 'High risk', medium: 'Medium risk', low: 'Low risk' };

/** One sentence for the live region: how many pitfalls are high risks and which comes first. */
export function pitfallSummary(result: PitfallResult, total: number): string {
	const top = result.risks[0];
	if (!top) return 'Rate at least one pitfall to see your risks.';
	const high = result.risks.filter((risk) => risk.level === 'high').length;
	const rated = `${result.risks.length} of ${countOf(total, { one: 'pitfall', other: 'pitfalls' })} rated`;
	return `${rated}; ${countOf(high, { one: 'high risk', other: 'high risks' })}. Top risk: ${top.label}, ${top.rating} out of 10.`;
}

/** The note above the results while pitfalls are left: "2 pitfalls not rated yet." */
export function unratedNote(unrated: number): string {
	return `${countOf(unrated, { one: 'pitfall', other: 'pitfalls' })} not rated yet.`;
}
