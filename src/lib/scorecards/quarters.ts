/** Quarter arithmetic on "YYYY-Qn" strings, in UTC. */

const dayMs = 86_400_000;

/** Splits "2026-Q3" into year and quarter number. */
export function parseQuarter(quarter: string): { year: number; q: number } {
	return { year: Number(quarter.slice(0, 4)), q: Number(quarter.slice(6)) };
}

// Scoring asks for the bounds of the same few quarters twice per partner and quarter.
const bounds = new Map<string, Readonly<{ start: number; end: number }>>();

/** First day of the quarter and first day of the next one, as UTC timestamps. */
export function quarterBounds(quarter: string): Readonly<{ start: number; end: number }> {
	let known = bounds.get(quarter);
	if (!known) {
		const { year, q } = parseQuarter(quarter);
		known = { start: Date.UTC(year, (q - 1) * 3, 1), end: Date.UTC(year, q * 3, 1) };
		bounds.set(quarter, known);
	}
	return known;
}

/** The quarter containing a UTC date. */
export function quarterOf(date: Date): string {
	return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter `n` quarters after (or before, for negative n) `quarter`. */
export function addQuarters(quarter: string, n: number): string {
	const { year, q } = parseQuarter(quarter);
	const index = year * 4 + (q - 1) + n;
	return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Days of [from, to) that overlap the quarter. */
export function overlapDays(quarter: string, from: number, to: number): number {
	const { start, end } = quarterBounds(quarter);
	return Math.max(0, (Math.min(end, to) - Math.max(start, from)) / dayMs);
}

/** A `YYYY-MM-DD` date as a UTC timestamp. */
export function dateMs(date: string): number {
	return Date.parse(`${date}T00:00:00Z`);
}

export { dayMs };
