/**
 * The 1–10 scale every rating in the portal uses: value-exchange ratings, the readiness check, the pitfall review
 * and the evaluation matrix. Imports nothing, so browser code reads it without pulling anything else in.
 */

/** Lowest point of the scale. */
export const SCALE_MIN = 1;
/** Highest point of the scale. */
export const SCALE_MAX = 10;
/** Every point, lowest first. */
export const scalePoints: readonly number[] = Array.from(
	{ length: SCALE_MAX - SCALE_MIN + 1 },
	(_, i) => SCALE_MIN + i,
);

/** Whether `value` is a whole number on the scale. */
export function isOnScale(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}
