import { countIn, perList, topScored } from '../core/ranking';
import type { Spotlight } from './schema';
import type { ArchiveLabels, CardCover, SpotlightCard } from './filter';
import type { Entry } from '../core/entry';
import type { PageBadge } from '../core/badge';

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

/** Partner display names for ids, in the story's order; an id missing from the list shows as itself. */
export function partnerNames(ids: readonly string[], names: ReadonlyMap<string, string>): string[] {
	return ids.map((id) => names.get(id) ?? id);
}

/**
 * The archive card for an entry; `url` is its page address (built with `href`), `cover` its cover made small at
 * build time (see cover-image.ts).
 */
export function toCard(
	entry: Entry<SpotlightData>,
	names: ReadonlyMap<string, string>,
	url: string,
	cover?: CardCover,
	badge?: PageBadge,
): SpotlightCard {
	const { title, date, summary, partnerType, model, tags, partners } = entry.data;
	const named = partnerNames(partners, names);
	return {
		id: entry.id,
		title,
		date,
		summary,
		partnerType,
		model,
		tags,
		partners: named,
		url,
		...(cover && { cover }),
		...(badge && { badge }),
	};
}

type Choices = readonly { id: string; label: string }[];

/** Labels of partner types and models by id, for cards and filters; kept apart so a shared id cannot mix them. */
export function archiveLabels(partnerTypes: Choices, models: Choices): ArchiveLabels {
	const byId = (list: Choices) => Object.fromEntries(list.map((choice) => [choice.id, choice.label]));
	return { types: byId(partnerTypes), models: byId(models) };
}
