import type { Choice } from '../core/choices';
import type { Entry } from '../core/entry';
import { routes } from '../core/routes';
import {
	facetKeys,
	filterCards,
	type CardLogo,
	type DirectoryCard,
	type DirectoryFacets,
	type FacetKey,
	defaultView,
} from './filter';
import type { Profile } from './schema';

/** The fields of a profile the directory logic reads; the logo is left out so Astro's image type fits too. */
export type ProfileData = Omit<Profile, 'logo'>;

/** The profiles the directory shows, by display name: an unlisted profile is never built. */
export function listedProfiles<E extends Entry<Pick<ProfileData, 'listed' | 'name'>>>(profiles: readonly E[]): E[] {
	return profiles
		.filter((entry) => entry.data.listed)
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
}

/** The page listing every partner with one option of one filter: `/directory/service/integrations/`. */
export function facetRoute(key: FacetKey, id: string): string {
	return routes.directoryFacet(key, id);
}

/** Headings and "Any …" words of each filter, one table so the island, facet pages and profile agree. */
export const facetWords: Record<FacetKey, { label: string; plural: string }> = {
	type: { label: 'Partner type', plural: 'Partner types' },
	service: { label: 'Service', plural: 'Services' },
	industry: { label: 'Industry', plural: 'Industries' },
	region: { label: 'Region', plural: 'Regions' },
};

/** A facet page's title: "Partners by service: Integrations", "Partners by region: Europe". */
export function facetTitle(key: FacetKey, label: string): string {
	const by = key === 'type' ? 'type' : facetWords[key].label.toLowerCase();
	return `Partners by ${by}: ${label}`;
}

/** The configured lists the directory filters by. */
export interface DirectoryLists {
	partnerTypes: readonly Choice[];
	services: readonly Choice[];
	industries: readonly Choice[];
	regions: readonly Choice[];
}

/**
 * Every option of every filter in configured order, each with its facet page when a listed partner has it (no
 * page is built for an option nobody offers, so the link would lead nowhere).
 */
export function directoryFacets(lists: DirectoryLists, cards: readonly DirectoryCard[]): DirectoryFacets {
	const of = (key: FacetKey, list: readonly Choice[]) =>
		list.map(({ id, label }) => {
			const used = filterCards(cards, { ...defaultView, [key]: id }, emptyFacets).length > 0;
			return { id, label, ...(used && { url: facetRoute(key, id) }) };
		});
	return {
		type: of('type', lists.partnerTypes),
		service: of('service', lists.services),
		industry: of('industry', lists.industries),
		region: of('region', lists.regions),
	};
}

const emptyFacets: DirectoryFacets = { type: [], service: [], industry: [], region: [] };

/** One pre-rendered facet page: the option, and the partners that have it. */
export interface FacetPage {
	key: FacetKey;
	option: { id: string; label: string };
	cards: DirectoryCard[];
}

/**
 * The facet pages to build: one per option that at least one listed partner has. A partner id that equals a
 * filter name would share its address with the facet pages, so it fails the build instead.
 */
export function facetPages(cards: readonly DirectoryCard[], facets: DirectoryFacets): FacetPage[] {
	const clash = cards.find((card) => (facetKeys as readonly string[]).includes(card.id));
	if (clash)
		throw new Error(
			`Partner id "${clash.id}" is also the name of a directory filter (${facetKeys.join(', ')}); its profile and the filter pages would share /directory/${clash.id}/. Give the partner another id in partners.csv.`,
		);
	return facetKeys.flatMap((key) =>
		facets[key]
			.filter((option) => option.url)
			.map(({ id, label }) => ({
				key,
				option: { id, label },
				cards: filterCards(cards, { ...defaultView, [key]: id }, facets),
			})),
	);
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language code in words, in the portal's language: "pt-BR" → "Brazilian Portuguese". */
export function languageLabel(code: string, lang = 'en'): string {
	let names = languageNames.get(lang);
	if (!names) {
		names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
		languageNames.set(lang, names);
	}
	return names.of(code) ?? code;
}

/** The tier a profile may show: the partner's tier name when they opted in with `showTier: true`, else nothing. */
export function publicTier(profile: Pick<ProfileData, 'showTier'>, tierName: string | undefined): string | undefined {
	return profile.showTier ? tierName : undefined;
}

/** The directory card for a profile; `url` is its page address, `logo` its logo made ready at build time. */
export function toCard(
	entry: Entry<ProfileData>,
	{
		type,
		url,
		logo,
		tier,
		lang = 'en',
	}: { type: string; url: string; logo: CardLogo; tier?: string | undefined; lang?: string },
): DirectoryCard {
	const { name, pitch, services, industries, regions, languages } = entry.data;
	const shown = publicTier(entry.data, tier);
	return {
		id: entry.id,
		name,
		url,
		logo,
		pitch,
		type,
		services,
		industries,
		regions,
		languages: languages.map((code) => languageLabel(code, lang)),
		...(shown && { tier: shown }),
	};
}

/** The spotlights that name a partner, in the order given (newest first from loadContent). */
export function spotlightsNaming<S extends Entry<{ partners: readonly string[] }>>(
	partnerId: string,
	spotlights: readonly S[],
): S[] {
	return spotlights.filter((entry) => entry.data.partners.includes(partnerId));
}

/** Labels by id for the chips on a card or profile; an unknown id shows as itself. */
export function labelsOf(facets: DirectoryFacets, key: FacetKey, ids: readonly string[]): string[] {
	return ids.map((id) => facets[key].find((option) => option.id === id)?.label ?? id);
}
