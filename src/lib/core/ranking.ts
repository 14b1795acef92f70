/**
 * Helpers for "related" suggestions, which every article or spotlight page computes against the whole
 * collection: done naively (sort and score all, per page) that grows with the square of the collection.
 */

/**
 * `derive(list)` computed once per list object and reused: the pages of one build share the arrays that
 * `loadContent()` returns, so an index over a collection is built once rather than once per page. The list
 * must not change afterwards (collections never do).
 */
export function perList<L extends object, T>(derive: (list: L) => T): (list: L) => T {
	const cache = new WeakMap<L, T>();
	return (list) => {
		if (!cache.has(list)) cache.set(list, derive(list));
		return cache.get(list)!;
	};
}

/**
 * The `limit` items with the highest positive score, best first; equal scores keep the order of `items`.
 * The same as a stable sort by score then a slice, in one pass without copying the list.
 */
export function topScored<T>(items: Iterable<T>, score: (item: T) => number, limit: number): T[] {
	const best: { item: T; score: number }[] = [];
	if (limit <= 0) return [];
	for (const item of items) {
		const value = score(item);
		if (value <= 0 || (best.length === limit && value <= best[limit - 1]!.score)) continue;
		// After every equal or higher score already kept: ties stay in list order.
		let at = best.length;
		while (at > 0 && best[at - 1]!.score < value) at--;
		best.splice(at, 0, { item, score: value });
		if (best.length > limit) best.pop();
	}
	return best.map(({ item }) => item);
}

/** How many items of `values` are in `set`. */
export function countIn<T>(values: readonly T[], set: ReadonlySet<T>): number {
	let count = 0;
	for (const value of values) if (set.has(value)) count++;
	return count;
}
