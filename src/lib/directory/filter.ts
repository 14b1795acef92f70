/**
 * The directory browser's logic, free of React and the DOM: filter partner cards by type, service, industry,
 * region and text, count what each option would give, and read and write the view as a URL query so a filtered
 * directory can be shared and survives reload. Browser code: no config, no zod.
 */
import { countOf } from '../core/plural';

/** A logo made ready at build time (astro:assets); the island only renders these attributes. */
export interface CardLogo {
	src: string;
	width: number;
	height: number;
	/** The profile's alt text: on a card the logo sits beside the name, so the card renders it as decoration. */
	alt: string;
}

/** What the island knows about each listed partner (serialised into the page, so kept small). */
export interface DirectoryCard {
	/** The partner id from partners.csv, also the profile's file name. */
	id: string;
	name: string;
	/** Profile page URL, base included. */
	url: string;
	logo: CardLogo;
	pitch: string;
	/** Partner type id (partners.csv). */
	type: string;
	services: string[];
	industries: string[];
	regions: string[];
	/** Language names, already in the portal's language ("English", "German"). */
	languages: string[];
	/** The tier's name, present only when the partner chose to show it (`showTier: true`). */
	tier?: string | undefined;
}

/** The four filters, in the order the filter bar shows them; each is also a URL query name and a facet page path. */
export const facetKeys = ['type', 'service', 'industry', 'region'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** One option of a filter: its id, label and the page listing its partners (which works without JavaScript). */
export interface FacetOption {
	id: string;
	label: string;
	/** The pre-rendered facet page; undefined when no listed partner has it (no page is built). */
	url?: string | undefined;
}

/** Every option of every filter, in configured order. */
export type DirectoryFacets = Record<FacetKey, FacetOption[]>;

/** One view of the directory. Empty strings mean "any". */
export interface DirectoryView {
	type: string;
	service: string;
	industry: string;
	region: string;
	/** Free text matched against name, pitch and the partner's labels. */
	q: string;
}

export const defaultView: DirectoryView = { type: '', service: '', industry: '', region: '', q: '' };

/** The ids a card has for one filter (a partner offers several services). */
export function valuesOf(card: DirectoryCard, key: FacetKey): readonly string[] {
	if (key === 'type') return [card.type];
	if (key === 'service') return card.services;
	if (key === 'industry') return card.industries;
	return card.regions;
}

/** Lowercase, accents removed, so "sao paulo" finds "São Paulo". */
function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** The text a search matches: the name, the pitch, and the labels of everything the partner offers. */
function searchText(card: DirectoryCard, facets: DirectoryFacets): string {
	const labels = facetKeys.flatMap((key) =>
		valuesOf(card, key).map((id) => facets[key].find((option) => option.id === id)?.label ?? id),
	);
	return fold([card.name, card.pitch, ...labels, ...card.languages].join(' '));
}

/** Cards matching every filter; the query matches when each of its words appears in the card's text. */
export function filterCards(
	cards: readonly DirectoryCard[],
	view: DirectoryView,
	facets: DirectoryFacets,
): DirectoryCard[] {
	const words = fold(view.q).split(/\s+/).filter(Boolean);
	return cards.filter((card) => {
		for (const key of facetKeys) if (view[key] && !valuesOf(card, key).includes(view[key])) return false;
		if (words.length === 0) return true;
		const text = searchText(card, facets);
		return words.every((word) => text.includes(word));
	});
}

/**
 * How many partners each option of each filter would show, with every other filter and the query as they are:
 * the count next to an option is what choosing it gives. `''` ("any") counts the matches with that filter cleared.
 */
export type OptionCounts = Record<FacetKey, Map<string, number>>;

export function optionCounts(
	cards: readonly DirectoryCard[],
	view: DirectoryView,
	facets: DirectoryFacets,
): OptionCounts {
	const counts = {} as OptionCounts;
	for (const key of facetKeys) {
		const matches = filterCards(cards, { ...view, [key]: '' }, facets);
		const map = new Map<string, number>([['', matches.length]]);
		for (const card of matches) for (const value of valuesOf(card, key)) map.set(value, (map.get(value) ?? 0) + 1);
		counts[key] = map;
	}
	return counts;
}

/** How many filters are set, for the "Filters (2)" button; the search box is always in view. */
export function activeFilterCount(view: DirectoryView): number {
	return facetKeys.filter((key) => view[key]).length;
}

/** Whether any filter or the query narrows the list. */
export function isFiltered(view: DirectoryView): boolean {
	return activeFilterCount(view) > 0 || view.q.trim() !== '';
}

/**
 * Reads a view from a URL query. Values the directory does not offer (an old link, a typo) are dropped rather
 * than showing an empty directory for a filter the reader cannot see or undo.
 */
export function readView(params: URLSearchParams, facets: DirectoryFacets): DirectoryView {
	const pick = (key: FacetKey) => {
		const value = params.get(key) ?? '';
		return facets[key].some((option) => option.id === value) ? value : '';
	};
	return {
		type: pick('type'),
		service: pick('service'),
		industry: pick('industry'),
		region: pick('region'),
		q: (params.get('q') ?? '').slice(0, 200),
	};
}

/** Writes a view as a URL query, leaving out what is unset so the plain directory keeps its plain address. */
export function writeView(view: DirectoryView): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of facetKeys) if (view[key]) params.set(key, view[key]);
	if (view.q.trim()) params.set('q', view.q.trim());
	return params;
}

/** The view after choosing an option: choosing the option already chosen clears that filter again. */
export function toggled(view: DirectoryView, key: FacetKey, id: string): DirectoryView {
	return { ...view, [key]: view[key] === id ? '' : id };
}

/** The sentence announced to screen readers after each change. */
export function describeCount(count: number, lang = 'en'): string {
	if (count === 0) return 'No partners match these filters.';
	return `${countOf(count, { one: 'partner', other: 'partners' }, lang)} found.`;
}
