/**
 * Answers kept in the browser under versioned keys (`portal:assessment:v1:<id>`). Data that no longer parses or
 * fits is removed silently: a partner should never see an error for something saved months ago.
 */

/** Bump when the saved shape changes; older keys are then simply never read. */
export const storageVersion = 1;

/** The localStorage key of one assessment's answers. */
export function storageKey(assessmentId: string): string {
	return `portal:assessment:v${storageVersion}:${assessmentId}`;
}

/** The part of `Storage` used here, so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Reads and cleans saved data. `clean` returns undefined for data that does not fit; then, as for bad JSON,
 * the entry is removed and undefined returned. Storage that throws (private mode, blocked) reads as empty.
 */
export function readSaved<T>(store: KeyValueStore, key: string, clean: (raw: unknown) => T | undefined): T | undefined {
	try {
		const text = store.getItem(key);
		if (text === null) return undefined;
		let value: T | undefined;
		try {
			value = clean(JSON.parse(text));
		} catch {
			value = undefined;
		}
		if (value === undefined) store.removeItem(key);
		return value;
	} catch {
		return undefined;
	}
}

/** Saves data; a full or blocked storage is ignored (the tool still works, it just forgets on reload). */
export function writeSaved(store: KeyValueStore, key: string, value: unknown): void {
	try {
		store.setItem(key, JSON.stringify(value));
	} catch {
		// Nothing to do: saving is a convenience.
	}
}

/** Removes saved data (the "Start over" button). */
export function clearSaved(store: KeyValueStore, key: string): void {
	try {
		store.removeItem(key);
	} catch {
		// Ignore blocked storage.
	}
}
