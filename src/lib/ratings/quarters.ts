/**
 * The quarters the rating form offers: the current one and the few before it, so nobody has to type "2026-Q3".
 * Browser-safe: the date and the language are arguments (the island passes the browser's today, not the build's).
 */
import { quarterPattern } from '../core/patterns';

/** How many quarters the form offers: this one and the four before it, a full year back. */
export const OFFERED_QUARTERS = 5;

/** One option of the quarter select. */
export interface QuarterChoice {
	/** The value the record stores, e.g. "2026-Q3". */
	value: string;
	/** What the option says, e.g. "2026-Q3 (Jul–Sep), last quarter". */
	label: string;
}

/** The calendar quarter (UTC) a moment falls in, as the record writes it: "2026-Q4" for 26 November 2026. */
export function quarterOf(date: Date): string {
	return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The current quarter and the `count - 1` before it, newest first. */
export function recentQuarters(today: Date, count = OFFERED_QUARTERS): string[] {
	const year = today.getUTCFullYear();
	const quarter = Math.floor(today.getUTCMonth() / 3);
	return Array.from({ length: count }, (_, back) => {
		const index = year * 4 + quarter - back;
		return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
	});
}

const monthNames = new Map<string, Intl.DateTimeFormat>();

/** "Jul–Sep" for "2026-Q3", in the portal's language. */
function monthRange(quarter: string, lang: string): string {
	let months = monthNames.get(lang);
	if (!months) {
		months = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
		monthNames.set(lang, months);
	}
	const year = Number(quarter.slice(0, 4));
	const first = (Number(quarter.slice(-1)) - 1) * 3;
	return `${months.format(Date.UTC(year, first, 1))}–${months.format(Date.UTC(year, first + 2, 1))}`;
}

/**
 * The options of the quarter select, newest first. `today` is undefined until the form runs in the browser (the
 * server render then offers only what is chosen). A chosen value outside the recent quarters, say from an older
 * draft, stays offered at the end so the form never silently changes it; validation still judges it.
 */
export function quarterChoices(today: Date | undefined, chosen: string, lang: string): QuarterChoice[] {
	const recent = today ? recentQuarters(today) : [];
	const choices = recent.map((value, index) => ({
		value,
		label: `${value} (${monthRange(value, lang)})${index === 0 ? ', this quarter' : index === 1 ? ', last quarter' : ''}`,
	}));
	const kept = chosen.trim();
	if (chosen && !recent.includes(chosen)) {
		choices.push({ value: chosen, label: quarterPattern.test(kept) ? `${kept} (${monthRange(kept, lang)})` : kept });
	}
	return choices;
}
