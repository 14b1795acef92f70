import { isOnScale } from '../core/scale';

/** Answers to 1-10 scales, keyed by question id; an unanswered question is absent. */
export type Ratings = Readonly<Record<string, number>>;

/** Whether `value` is a whole number on the 1-10 scale. */
export const isRating = isOnScale;

/** Keeps only ratings for known ids with a 1-10 value: saved data may be stale or tampered with. */
export function cleanRatings(raw: unknown, ids: readonly string[]): Record<string, number> {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
	const clean: Record<string, number> = {};
	for (const id of ids) {
		const value = (raw as Record<string, unknown>)[id];
		if (isRating(value)) clean[id] = value;
	}
	return clean;
}

/** Mean of the numbers, or undefined for none. */
export function mean(values: readonly number[]): number | undefined {
	return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined;
}

/** A score for display: one decimal, without a trailing ".0". */
export function formatScore(value: number): string {
	return String(Math.round(value * 10) / 10);
}
