import { countIn, perList, topScored } from '../core/ranking';
import type { Spotlight } from './schema';
import type { SpotlightCard } from './filter';
import type { Entry } from '../core/entry';

/** The fields of a spotlight the archive logic reads; the cover is left out so Astro's image type fits too. */
export type SpotlightData = Omit<Spotlight, 'cover'>;

/** Spotlights a build shows: drafts only when `includeDrafts` (the dev server), newest first. */
export function publishedSpotlights<S extends Entry<SpotlightData>>(all: readonly S[], includeDrafts: boolean): S[] {
	return sortNewestFirst(all.filter((entry) => includeDrafts || !entry.data.draft));
}

/** Newest first; the same day falls back to title so the order never depends on file-system order. */
export function sortNewestFirst<S extends Entry<Pick<SpotlightData, 'date' | 'title'>>>(all: readonly S[]): S[] {
	return [...all].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title));
}

/** Newest first, sorted once per collection (see `perList`). */
const newestFirst = perList(<S extends Entry<SpotlightData>>(all: readonly S[]) => sortNewestFirst(all));

/**
 * Stories to read next: ranked by shared partners, then same model, same partner type and shared tags;
 * equal scores keep newest first. Only stories with something in common are offered.
 */
export function relatedSpotlights<S extends Entry<SpotlightData>>(current: S, all: readonly S[], limit = 3): S[] {
	const partners = new Set(current.data.partners);
	const tags = new Set(current.data.tags);
	return topScored(
		newestFirst(all) as S[],
		(entry) =>
			entry.id === current.id
				? 0
				: countIn(entry.data.partners, partners) * 4 +
					(entry.data.model === current.data.model ? 2 : 0) +
					(entry.data.partnerType === current.data.partnerType ? 1 : 0) +
					countIn(entry.data.tags, tags),
		limit,
	);
}

/** A year of the archive and its months that have stories, both newest first, with counts. */
export interface ArchiveYear {
	year: string;
	count: number;
	months: { month: string; count: number }[];
}

/** Years and months that have at least one spotlight, for the static archive pages and their navigation. */
export function archivePeriods(all: readonly Entry<Pick<SpotlightData, 'date'>>[]): ArchiveYear[] {
	const years = new Map<string, Map<string, number>>();
	for (const { data } of all) {
		const [year, month] = data.date.split('-') as [string, string];
		const months = years.get(year) ?? new Map<string, number>();
		months.set(month, (months.get(month) ?? 0) + 1);
		years.set(year, months);
	}
	return [...years.entries()]
		.sort(([a], [b]) => b.localeCompare(a))
		.map(([year, months]) => ({
			year,
			count: [...months.values()].reduce((sum, n) => sum + n, 0),
			months: [...months.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([month, count]) => ({ month, count })),
		}));
}

/** Spotlights published in `year`, or in `year`-`month` when a month is given. */
export function inPeriod<S extends Entry<Pick<SpotlightData, 'date'>>>(
	all: readonly S[],
	year: string,
	month?: string,
): S[] {
	const prefix = month ? `${year}-${month}-` : `${year}-`;
	return all.filter((entry) => entry.data.date.startsWith(prefix));
}

const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** "November 2026" for `("2026", "11")`. */
export function monthLabel(year: string, month: string): string {
	return `${monthNames[Number(month) - 1] ?? month} ${year}`;
}

/** "3 November 2026" for "2026-11-03": spelled out, so no reader mistakes the day for the month. */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-') as [string, string, string];
	return `${Number(day)} ${monthLabel(year, month)}`;
}

/** Partner display names for ids, in the story's order; an id missing from the list shows as itself. */
export function partnerNames(ids: readonly string[], names: ReadonlyMap<string, string>): string[] {
	return ids.map((id) => names.get(id) ?? id);
}

/** The archive card for an entry; `url` is its page address (built with `href`). */
export function toCard(entry: Entry<SpotlightData>, names: ReadonlyMap<string, string>, url: string): SpotlightCard {
	const { title, date, summary, partnerType, model, tags, partners } = entry.data;
	return { id: entry.id, title, date, summary, partnerType, model, tags, partners: partnerNames(partners, names), url };
}

/** Labels by id from configured choice lists (partner types, models), for cards and filters. */
export function choiceLabels(...lists: readonly (readonly { id: string; label: string }[])[]): Record<string, string> {
	return Object.fromEntries(lists.flat().map((choice) => [choice.id, choice.label]));
}
