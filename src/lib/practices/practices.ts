import { countIn, perList, topScored } from '../core/ranking';
import type { Practice } from './schema';
import type { Entry } from '../core/entry';

/** Articles in index order: by `order`, then title. */
export function sortPractices<P extends Entry<Practice>>(practices: readonly P[]): P[] {
	return [...practices].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** The articles in index order and by id, built once per collection (see `perList`). */
const indexOf = perList(<P extends Entry<Practice>>(all: readonly P[]) => ({
	ordered: sortPractices(all),
	byId: new Map(all.map((entry) => [entry.id, entry])),
}));

/**
 * Articles to suggest after `current`: its explicit `related` list first, in the author's order,
 * then others ranked by how many tags they share (ties keep index order), up to `limit`.
 */
export function relatedPractices<P extends Entry<Practice>>(current: P, all: readonly P[], limit = 3): P[] {
	const { ordered, byId } = indexOf(all) as { ordered: P[]; byId: Map<string, P> };
	const explicit = current.data.related.flatMap((id) => byId.get(id) ?? []);
	const taken = new Set([current.id, ...explicit.map((entry) => entry.id)]);
	const tags = new Set(current.data.tags);
	const byTags = topScored(
		ordered,
		(entry) => (taken.has(entry.id) ? 0 : countIn(entry.data.tags, tags)),
		limit - explicit.length,
	);
	return [...explicit, ...byTags].slice(0, limit);
}

/** Every tag used by the articles with how many carry it, alphabetically. */
export function tagIndex(practices: readonly Entry<Practice>[]): { tag: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const entry of practices) for (const tag of entry.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Articles carrying `tag`, in index order. */
export function practicesTagged<P extends Entry<Practice>>(practices: readonly P[], tag: string): P[] {
	return sortPractices(practices).filter((entry) => entry.data.tags.includes(tag));
}

/** A link of the articles' navigation: its label, its URL and whether it is the page on screen. */
export interface PracticeLink {
	label: string;
	url: string;
	current: boolean;
}

/** The left-hand navigation of an article: every article in index order, `currentId` marked `current`. */
export function practiceNav(
	practices: readonly Entry<Practice>[],
	currentId: string,
	urlOf: (id: string) => string,
): PracticeLink[] {
	return sortPractices(practices).map((entry) => ({
		label: entry.data.title,
		url: urlOf(entry.id),
		current: entry.id === currentId,
	}));
}
