/**
 * JSON kept in the partner's browser (localStorage) under versioned keys. Data that no longer parses or fits
 * is removed silently, and storage that throws (private mode, blocked site data, a full quota) reads as empty
 * and forgets writes: a partner never sees an error for something saved months ago.
 */

/** The part of `Storage` used here: localStorage in browsers, a Map-backed fake in tests. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The version of each kind of saved data. Bump one when its saved shape changes: entries under the old key are
 * then never read again.
 */
export const storageVersions = { assessment: 1, quiz: 1, progress: 1, 'rating-form': 1, banner: 1 } as const;

/**
 * The localStorage key of everything the site saves, e.g. `storageKey('quiz', 'referral-basics')` is
 * `portal:quiz:v1:referral-basics`. Keys hold partners' saved data: change one only by bumping its version.
 */
export function storageKey(kind: 'theme' | 'rating-form'): string;
export function storageKey(kind: Exclude<keyof typeof storageVersions, 'rating-form'>, id: string): string;
export function storageKey(kind: keyof typeof storageVersions | 'theme', id?: string): string {
	// The theme key predates versioned keys and stays as it was, so that choices already saved still apply.
	if (kind === 'theme') return 'portal-theme';
	// The rating form keeps one draft, so its key names no id.
	return `portal:${kind}:v${storageVersions[kind]}${id === undefined ? '' : `:${id}`}`;
}

/**
 * `window.localStorage`, or undefined where it is missing or blocked (private modes, blocked site data, file://
 * policies: there merely reading `window.localStorage` throws a SecurityError). Every use of localStorage starts here.
 */
export function browserStore(): KeyValueStore | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/**
 * The most text one saved entry may hold, read or written. Far above anything a partner saves by hand (a full
 * rating draft is a few KB), and small enough that parsing it never stalls the page.
 */
export const maxSavedChars = 100_000;

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
			// Oversized entries (written by another version, a script or by hand) are dropped unread.
			value = text.length > maxSavedChars ? undefined : clean(JSON.parse(text));
		} catch {
			value = undefined;
		}
		if (value === undefined) store?.removeItem(key);
		return value;
	} catch {
		return undefined;
	}
}

/**
 * Saves data as JSON. Returns false when it was not saved (storage blocked or full, or the data over
 * `maxSavedChars`): the page still works, and can tell the partner once that it will forget on reload.
 */
export function writeSaved(store: KeyValueStore | undefined, key: string, value: unknown): boolean {
	if (!store) return false;
	try {
		const text = JSON.stringify(value);
		if (text.length > maxSavedChars) return false;
		store.setItem(key, text);
		return true;
	} catch {
		return false;
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
