import { sectionOf } from '../core/sections';

/** Pagefind filters of one page: each name with one value or several (an article's tags). */
export type SearchFilters = Record<string, string | readonly string[]>;

/**
 * The filters a page is indexed with (base-layout.astro). Its section always comes from its path and the one
 * list in core/sections.ts, the list the search page's section filter is built from, so the two cannot drift;
 * a page that names another section, or lies outside the searchable ones, fails the build instead.
 */
export function indexFilters(path: string, filters: SearchFilters): Record<string, readonly string[]> {
	const section = sectionOf(path);
	if (!section?.search)
		throw new Error(`/${path} is indexed for search but lies in no searchable section (core/sections.ts)`);
	const named = [filters.section ?? []].flat();
	if (named.some((label) => label !== section.label))
		throw new Error(
			`/${path} is indexed under section "${named.join(', ')}", but its path puts it in "${section.label}"`,
		);
	const entries = Object.entries({ ...filters, section: section.label }).map(
		([name, values]) => [name, [values].flat().filter(Boolean)] as const,
	);
	return Object.fromEntries(entries.filter(([, values]) => values.length > 0));
}
