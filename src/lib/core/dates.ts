/**
 * The one date formatter for people: every date a reader sees goes through `formatDate`, in the language of
 * `portal.config.ts` (`lang`). Data files and `datetime` attributes keep ISO dates. Browser-safe: it takes the
 * language as an argument and reads no config.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, weekday: boolean): Intl.DateTimeFormat {
	const key = `${lang}|${weekday}`;
	let found = formatters.get(key);
	if (!found) {
		// UTC: a "YYYY-MM-DD" date is a calendar day, never shifted by the machine's time zone.
		found = new Intl.DateTimeFormat(lang, {
			...(weekday && { weekday: 'long' }),
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC',
		});
		formatters.set(key, found);
	}
	return found;
}

/** A calendar day from "YYYY-MM-DD", a full ISO timestamp (its UTC day) or a Date. */
function toDay(value: string | Date): Date {
	if (value instanceof Date) return value;
	return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

/** "26 November 2026" (en-GB) or "November 26, 2026" (en): the month spelled out, so no one mixes up day and month. */
export function formatDate(value: string | Date, lang: string): string {
	return formatter(lang, false).format(toDay(value));
}

/** "Thursday, 26 November 2026": the same format with the weekday, for meetings and events. */
export function formatLongDate(value: string | Date, lang: string): string {
	return formatter(lang, true).format(toDay(value));
}

/** "November 2026" for `("2026", "11")`, in the same language. */
export function formatMonth(year: string | number, month: string | number, lang: string): string {
	return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(Number(year), Number(month) - 1, 1)),
	);
}

/** A "YYYY-MM-DD" date plus whole days (negative to go back), across month and year ends, in UTC. */
export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
