import { countOf } from '../core/plural';

/** The search page's state, mirrored in its URL (`?q=…&section=…&type=…&tag=…`) so a search can be shared. */
export interface SearchQuery {
	/** The words typed. */
	q: string;
	/** Pagefind filters by name; empty values mean "any". */
	filters: Record<string, string>;
}

/** Filter names the search form offers, in form order. */
export const searchFilterNames = ['section', 'type', 'tag'] as const;

/** How long typing pauses before the search runs: quick enough to feel live, slow enough not to search every key. */
export const typingDelayMs = 250;

/** Reads the state from URL parameters, ignoring unknown ones. */
export function readSearchQuery(params: URLSearchParams): SearchQuery {
	const filters: Record<string, string> = {};
	for (const name of searchFilterNames) {
		const value = params.get(name)?.trim();
		if (value) filters[name] = value;
	}
	return { q: params.get('q')?.trim() ?? '', filters };
}

/** Writes the state back as URL parameters, leaving out empty values. */
export function writeSearchQuery(query: SearchQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	for (const [name, value] of Object.entries(query.filters)) if (value) params.set(name, value);
	return params;
}

/** The page's address for a query: `?q=…` when there is state to keep, else the bare path. */
export function searchUrl(pathname: string, query: SearchQuery): string {
	const params = writeSearchQuery(query).toString();
	return params ? `${pathname}?${params}` : pathname;
}

/** "3 results for “charter”", with the filters in words, for the live region. */
export function describeResults(count: number, query: SearchQuery): string {
	const what = countOf(count, { one: 'result', other: 'results' });
	const filters = Object.values(query.filters).filter(Boolean);
	return `${what} for “${query.q}”${filters.length ? ` in ${filters.join(', ')}` : ''}`;
}
