/**
 * JSON kept in the partner's browser (localStorage) under versioned keys. Data that no longer parses or fits
 * is removed silently, and storage that throws (private mode, blocked site data, a full quota) reads as empty
 * and forgets writes: a partner never sees an error for something saved months ago.
 */

/** The part of `Storage` used here: localStorage in browsers, a Map-backed fake in tests. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `window.localStorage`, or undefined where it is missing or blocked (private modes, file:// policies). */
export function browserStore(): KeyValueStore | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/**
 * Reads and cleans saved data. `clean` returns undefined for data that does not fit; then, as for bad JSON,
 * the entry is removed and undefined returned.
 */
export function readSaved<T>(
	store: KeyValueStore | undefined,
	key: string,
	clean: (raw: unknown) => T | undefined,
): T | undefined {
	try {
		const text = store?.getItem(key);
		if (text === null || text === undefined) return undefined;
		let value: T | undefined;
		try {
			value = clean(JSON.parse(text));
		} catch {
			value = undefined;
		}
		if (value === undefined) store?.removeItem(key);
		return value;
	} catch {
		return undefined;
	}
}

/** Saves data as JSON; a full or blocked storage is ignored (the page still works, it just forgets on reload). */
export function writeSaved(store: KeyValueStore | undefined, key: string, value: unknown): void {
	try {
		store?.setItem(key, JSON.stringify(value));
	} catch {
		// Nothing to do: saving is a convenience.
	}
}

/** Removes saved data ("Start over", "Reset progress"). */
export function clearSaved(store: KeyValueStore | undefined, key: string): void {
	try {
		store?.removeItem(key);
	} catch {
		// Ignore blocked storage.
	}
}
