/**
 * What every directory page renders from, built once per build: the listed profiles as cards and the filters'
 * options. Pages combine capabilities (content, tiers, directory) here; the logic itself lives in src/lib/directory.
 */
import { loadContent } from '../../lib/content/collections';
import { portal } from '../../lib/core/config';
import { routes } from '../../lib/core/routes';
import { directoryFacets, facetWords } from '../../lib/directory/directory';
import type { DirectoryCard, DirectoryFacets, FacetKey } from '../../lib/directory/filter';
import { directoryCards } from '../../lib/directory/site-data';
import { loadProgramTiers } from '../../lib/tiers/site-data';

export interface DirectoryData {
	cards: DirectoryCard[];
	facets: DirectoryFacets;
	headings: Record<FacetKey, string>;
}

let cached: Promise<DirectoryData> | undefined;

export function loadDirectory(): Promise<DirectoryData> {
	if (import.meta.env.DEV) cached = undefined;
	cached ??= (async () => {
		const { profiles, partners, quizzes } = await loadContent();
		const types = new Map(partners.map((partner) => [partner.id, partner.type]));
		const quizTitles = Object.fromEntries(quizzes.map((quiz) => [quiz.id, quiz.data.title]));
		// The tiers are read only when a listed profile shows one.
		let tiers: ReturnType<typeof loadProgramTiers> | undefined;
		const cards = await directoryCards(profiles, {
			typeOf: (id) => types.get(id) ?? '',
			tierOf: (id) => (tiers ??= loadProgramTiers(quizTitles)).byPartner.get(id)?.tier.name,
			profileUrl: routes.profile,
			lang: portal.lang,
		});
		const { services, industries, regions } = portal.community;
		const facets = directoryFacets({ partnerTypes: portal.partnerTypes, services, industries, regions }, cards);
		const headings = Object.fromEntries(Object.entries(facetWords).map(([key, words]) => [key, words.label])) as Record<
			FacetKey,
			string
		>;
		return { cards, facets, headings };
	})();
	return cached;
}
