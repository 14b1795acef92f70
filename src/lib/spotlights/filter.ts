/**
 * The archive browser's logic, free of React and the DOM: filter, sort and page spotlight cards, count what
 * each filter option would give, and read and write the view as a URL query so a filtered archive can be
 * shared and survives reload. Browser code: no config, no zod.
 */
import { countOf } from '../core/plural';
import { sortTags } from '../core/tags';
import type { PageBadge } from '../core/badge';

/**
 * A cover image made small at build time (astro:assets); the island only renders these attributes. No alt text:
 * on a card the cover is decoration next to the title, and the story's page shows it with its description.
 */
export interface CardCover {
	src: string;
	/** Empty for an SVG, which has one size; then so is `sizes`. */
	srcset: string;
	sizes: string;
	width: number;
	height: number;
}

/** What the island knows about each spotlight (serialised into the page, so kept small). */
export interface SpotlightCard {
	id: string;
	title: string;
	/** `YYYY-MM-DD`. */
	date: string;
	summary: string;
	partnerType: string;
	model: string;
	tags: string[];
	/** Display names of the partners involved. */
	partners: string[];
	/** Page URL, base included. */
	url: string;
	/** Optional: stories without a cover show a plain tile of the same size. */
	cover?: CardCover | undefined;
	/** "New" while the story is recent, worked out at build time. Default: none. */
	badge?: PageBadge | undefined;
}

/** Labels of configured choices by id, one map per filter so ids that two lists share never mix. */
export interface ArchiveLabels {
	types: Record<string, string>;
	models: Record<string, string>;
}

export const sortOrders = ['newest', 'oldest', 'title'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** One view of the archive. Empty strings mean "any". */
export interface ArchiveView {
	year: string;
	type: string;
	model: string;
	tag: string;
	/** Free text matched against title and summary. */
	q: string;
	sort: SortOrder;
	/** 1-based page number. */
	page: number;
}

export const defaultView: ArchiveView = { year: '', type: '', model: '', tag: '', q: '', sort: 'newest', page: 1 };

/** Stories per page in the enhanced archive. */
export const pageSize = 6;

/** The choices each filter offers, from the stories themselves so no filter leads to an empty list by itself. */
export interface Facets {
	years: string[];
	types: string[];
	models: string[];
	tags: string[];
}

export function facetsOf(cards: readonly SpotlightCard[]): Facets {
	const unique = (values: string[]) => [...new Set(values)];
	return {
		years: unique(cards.map((card) => card.date.slice(0, 4))).sort((a, b) => b.localeCompare(a)),
		types: unique(cards.map((card) => card.partnerType)),
		models: unique(cards.map((card) => card.model)),
		tags: sortTags(unique(cards.flatMap((card) => card.tags))),
	};
}

/** The four select filters, by their key in the view. */
export const facetKeys = ['year', 'type', 'model', 'tag'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** The values a card has for one filter (a card carries several tags). */
function valuesOf(card: SpotlightCard, key: FacetKey): string[] {
	if (key === 'year') return [card.date.slice(0, 4)];
	if (key === 'type') return [card.partnerType];
	if (key === 'model') return [card.model];
	return card.tags;
}

/**
 * How many stories each option of each filter would show, with every other filter and the query as they are:
 * the count next to an option is what choosing it gives. `''` ("any") counts the matches with that filter cleared.
 */
export type OptionCounts = Record<FacetKey, Map<string, number>>;

export function optionCounts(cards: readonly SpotlightCard[], view: ArchiveView): OptionCounts {
	const counts = {} as OptionCounts;
	for (const key of facetKeys) {
		const matches = filterCards(cards, { ...view, [key]: '' });
		const map = new Map<string, number>([['', matches.length]]);
		for (const card of matches) for (const value of valuesOf(card, key)) map.set(value, (map.get(value) ?? 0) + 1);
		counts[key] = map;
	}
	return counts;
}

/** How many of the select filters are set, for the "Filters (2)" button; the search box is always in view. */
export function activeFilterCount(view: ArchiveView): number {
	return facetKeys.filter((key) => view[key]).length;
}

/**
 * Reads a view from a URL query. Values the archive does not offer (an old link, a typo) are dropped
 * rather than showing an empty archive for a filter the reader cannot see or undo.
 */
export function readView(params: URLSearchParams, facets: Facets): ArchiveView {
	const pick = (name: string, allowed: readonly string[]) => {
		const value = params.get(name) ?? '';
		return allowed.includes(value) ? value : '';
	};
	const sort = params.get('sort') ?? '';
	const page = Number.parseInt(params.get('page') ?? '', 10);
	return {
		year: pick('year', facets.years),
		type: pick('type', facets.types),
		model: pick('model', facets.models),
		tag: pick('tag', facets.tags),
		q: (params.get('q') ?? '').slice(0, 200),
		sort: (sortOrders as readonly string[]).includes(sort) ? (sort as SortOrder) : 'newest',
		page: Number.isFinite(page) && page > 1 ? page : 1,
	};
}

/** Writes a view as a URL query, leaving out defaults so the plain archive keeps its plain address. */
export function writeView(view: ArchiveView): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of ['year', 'type', 'model', 'tag', 'q'] as const) {
		const value = key === 'q' ? view.q.trim() : view[key];
		if (value) params.set(key, value);
	}
	if (view.sort !== 'newest') params.set('sort', view.sort);
	if (view.page > 1) params.set('page', String(view.page));
	return params;
}

/** Whether any filter or query narrows the list (sort and page do not). */
export function isFiltered(view: ArchiveView): boolean {
	return Boolean(view.year || view.type || view.model || view.tag || view.q.trim());
}

/** Lowercase, accents removed, so "cafe" finds "Café". */
function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** Cards matching every filter; the query matches when each of its words appears in the title or summary. */
export function filterCards(cards: readonly SpotlightCard[], view: ArchiveView): SpotlightCard[] {
	const words = fold(view.q).split(/\s+/).filter(Boolean);
	return cards.filter((card) => {
		if (view.year && !card.date.startsWith(`${view.year}-`)) return false;
		if (view.type && card.partnerType !== view.type) return false;
		if (view.model && card.model !== view.model) return false;
		if (view.tag && !card.tags.includes(view.tag)) return false;
		const text = fold(`${card.title} ${card.summary}`);
		return words.every((word) => text.includes(word));
	});
}

export function sortCards(cards: readonly SpotlightCard[], sort: SortOrder): SpotlightCard[] {
	const byTitle = (a: SpotlightCard, b: SpotlightCard) => a.title.localeCompare(b.title);
	return [...cards].sort((a, b) => {
		if (sort === 'title') return byTitle(a, b);
		const byDate = sort === 'oldest' ? a.date.localeCompare(b.date) : b.date.localeCompare(a.date);
		return byDate || byTitle(a, b);
	});
}

/** One page of results; a page number past the end shows the last page. */
export interface ArchivePage {
	cards: SpotlightCard[];
	/** Matches across all pages. */
	total: number;
	page: number;
	pageCount: number;
}

export function browse(cards: readonly SpotlightCard[], view: ArchiveView, size = pageSize): ArchivePage {
	const matches = sortCards(filterCards(cards, view), view.sort);
	const pageCount = Math.max(1, Math.ceil(matches.length / size));
	const page = Math.min(Math.max(1, view.page), pageCount);
	return { cards: matches.slice((page - 1) * size, page * size), total: matches.length, page, pageCount };
}

/** The sentence announced to screen readers after each change. */
export function describeCount(result: ArchivePage, lang = 'en'): string {
	if (result.total === 0) return 'No spotlights match these filters.';
	const found = `${countOf(result.total, { one: 'spotlight', other: 'spotlights' }, lang)} found`;
	return result.pageCount > 1 ? `${found}, page ${result.page} of ${result.pageCount}.` : `${found}.`;
}
