/** An item whose key appeared earlier in its list. */
export interface Repeat {
	/** Where the repeat stands. */
	index: number;
	/** The repeated key. */
	key: string;
	/** Where the key first appeared. */
	first: number;
}

/**
 * Every item whose key appeared earlier in `items`, in order: the one duplicate check behind every schema and
 * reader that needs unique ids. No imports, so browser code may use it.
 */
export function repeats<T>(items: readonly T[], key: (item: T) => string): Repeat[] {
	const seen = new Map<string, number>();
	const found: Repeat[] = [];
	items.forEach((item, index) => {
		const value = key(item);
		const first = seen.get(value);
		if (first === undefined) seen.set(value, index);
		else found.push({ index, key: value, first });
	});
	return found;
}

/** The keys that appear more than once, each named once. */
export function repeatedKeys(keys: readonly string[]): string[] {
	return [...new Set(repeats(keys, (key) => key).map((repeat) => repeat.key))];
}
