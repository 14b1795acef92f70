import type { KeyValueStore } from '../../../src/lib/core/browser-storage';

/** A Map-backed stand-in for localStorage, with its contents visible to assertions. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key),
	};
}

/** Storage that throws on every call, as private modes, blocked site data and full quotas do. */
export const throwingStore: KeyValueStore = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('QuotaExceededError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	},
};
