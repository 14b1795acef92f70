/**
 * The partner's own calendar day, for the date picker's first value. A module of its own because the track page
 * loads it at once, while the calendar code (track-calendar.ts) loads only when the picker is used.
 */

/** "YYYY-MM-DD" in local time: "today" is where the partner is, not in UTC. */
export function localDay(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
