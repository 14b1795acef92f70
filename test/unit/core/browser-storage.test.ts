import { afterEach, describe, expect, it } from 'vitest';
import {
	browserStore,
	clearSaved,
	maxSavedChars,
	readSaved,
	storageKey,
	writeSaved,
} from '../../../src/lib/core/browser-storage';
import { memoryStore, throwingStore } from '../support/memory-store';

describe('storage keys', () => {
	// Each key exactly as it was built before `storageKey` (partners' browsers hold data under these strings), and
	// the call that builds it now. A failure here means saved answers, quizzes, progress or themes would be lost.
	it.each([
		// src/lib/assessments/storage.ts: `portal:assessment:v${storageVersion}:${assessmentId}`, storageVersion = 1
		['portal:assessment:v1:evaluation-matrix', storageKey('assessment', 'evaluation-matrix')],
		['portal:assessment:v1:model-recommender', storageKey('assessment', 'model-recommender')],
		['portal:assessment:v1:pitfall-review', storageKey('assessment', 'pitfall-review')],
		['portal:assessment:v1:readiness-check', storageKey('assessment', 'readiness-check')],
		// src/lib/quizzes/storage.ts: quizStorageKey = `portal:quiz:v${quizStorageVersion}:${quizId}`, version 1
		['portal:quiz:v1:referral-basics', storageKey('quiz', 'referral-basics')],
		// src/lib/onboarding/progress.ts: progressKey = `portal:progress:v${progressVersion}:${trackId}`, version 1
		['portal:progress:v1:agencies', storageKey('progress', 'agencies')],
		// src/lib/core/theme.ts: themeStorageKey = 'portal-theme'
		['portal-theme', storageKey('theme')],
		// src/lib/ratings/form.ts: DRAFT_KEY = 'portal:rating-form:v1'
		['portal:rating-form:v1', storageKey('rating-form')],
	])('keeps %s', (before, now) => {
		expect(now).toBe(before);
	});
});

describe('browserStore', () => {
	const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
	afterEach(() => {
		if (original) Object.defineProperty(globalThis, 'localStorage', original);
		else Reflect.deleteProperty(globalThis, 'localStorage');
	});
	const defineLocalStorage = (descriptor: PropertyDescriptor) =>
		Object.defineProperty(globalThis, 'localStorage', { configurable: true, ...descriptor });

	it('is localStorage where there is one', () => {
		const store = memoryStore();
		defineLocalStorage({ value: store });
		expect(browserStore()).toBe(store);
	});

	it('is undefined where site data is blocked (reading localStorage throws) or there is none', () => {
		defineLocalStorage({
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
		expect(browserStore()).toBeUndefined();
		defineLocalStorage({ value: undefined });
		expect(browserStore()).toBeUndefined();
	});
});

describe('saved data', () => {
	const keepObject = (raw: unknown) => (raw && typeof raw === 'object' ? raw : undefined);

	it('round-trips a value', () => {
		const store = memoryStore();
		writeSaved(store, 'k', { a: 1 });
		expect(readSaved(store, 'k', keepObject)).toEqual({ a: 1 });
		clearSaved(store, 'k');
		expect(store.data.size).toBe(0);
	});

	it.each([
		['invalid JSON', '{"a":'],
		['a value the cleaner rejects', '42'],
	])('discards %s', (_label, text) => {
		const store = memoryStore({ k: text });
		expect(readSaved(store, 'k', keepObject)).toBeUndefined();
		expect(store.data.has('k')).toBe(false);
	});

	it('survives storage that throws (blocked, or full on write) and storage that is missing', () => {
		expect(readSaved(throwingStore, 'k', keepObject)).toBeUndefined();
		expect(() => writeSaved(throwingStore, 'k', 1)).not.toThrow();
		expect(() => clearSaved(throwingStore, 'k')).not.toThrow();
		expect(readSaved(undefined, 'k', keepObject)).toBeUndefined();
		expect(() => writeSaved(undefined, 'k', 1)).not.toThrow();
	});

	it('keeps what is already saved when a write does not fit (QuotaExceededError)', () => {
		const store = memoryStore({ k: '{"a":1}' });
		const full = {
			...store,
			setItem: () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
		};
		expect(writeSaved(full, 'k', { a: 2 })).toBe(false);
		expect(readSaved(full, 'k', keepObject)).toEqual({ a: 1 });
	});

	it('tells the caller whether a write happened', () => {
		expect(writeSaved(memoryStore(), 'k', { a: 1 })).toBe(true);
		expect(writeSaved(throwingStore, 'k', 1)).toBe(false);
		expect(writeSaved(undefined, 'k', 1)).toBe(false);
	});

	it('caps what it writes and what it reads', () => {
		const store = memoryStore();
		const huge = { candidates: Array.from({ length: 50_000 }, (_, i) => ({ name: `Candidate ${i}`, score: 5 })) };
		expect(writeSaved(store, 'k', huge)).toBe(false);
		expect(store.data.has('k')).toBe(false);

		let parsed = false;
		const oversized = memoryStore({ k: `[${'1,'.repeat(maxSavedChars)}1]` });
		const cleaner = (raw: unknown) => ((parsed = true), raw);
		expect(readSaved(oversized, 'k', cleaner)).toBeUndefined();
		expect(parsed).toBe(false);
		expect(oversized.data.has('k')).toBe(false);
	});
});
