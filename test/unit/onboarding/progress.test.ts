import { describe, expect, it } from 'vitest';
import { storageKey } from '../../../src/lib/core/browser-storage';
import {
	loadProgress,
	markModule,
	progressCount,
	resetProgress,
	saveProgress,
	startHere,
	summarizeProgress,
	trackStatus,
	undoReset,
	undoResetMs,
} from '../../../src/lib/onboarding/progress';
import { memoryStore, throwingStore } from '../support/memory-store';

const ids = ['t/week-1', 't/week-2', 't/week-3', 't/week-4'];

describe('progress store', () => {
	it('round-trips completed modules in reading order', () => {
		const storage = memoryStore();
		let completed = markModule([], ids, 't/week-3', true);
		completed = markModule(completed, ids, 't/week-1', true);
		expect(completed).toEqual(['t/week-1', 't/week-3']);
		saveProgress(storage, 't', completed);
		expect(JSON.parse(storage.data.get('portal:progress:v1:t')!)).toEqual({
			version: 1,
			completed: ['t/week-1', 't/week-3'],
		});
		expect(loadProgress(storage, 't', ids)).toEqual(['t/week-1', 't/week-3']);
		expect(markModule(completed, ids, 't/week-1', false)).toEqual(['t/week-3']);
	});

	it('summarizes counts and the first module not yet done', () => {
		expect(summarizeProgress(ids, ['t/week-1', 't/week-3'])).toEqual({
			done: 2,
			total: 4,
			percent: 50,
			next: 't/week-2',
		});
		expect(summarizeProgress(ids, ids).next).toBeUndefined();
		expect(summarizeProgress(ids, []).next).toBe('t/week-1');
		expect(summarizeProgress([], [])).toEqual({ done: 0, total: 0, percent: 0, next: undefined });
	});

	it.each([
		['corrupt JSON', '{"version":1,"completed":['],
		['a bare value', '42'],
		['null', 'null'],
		['an old version', JSON.stringify({ version: 0, completed: ['t/week-1'] })],
		['a newer version', JSON.stringify({ version: 2, completed: ['t/week-1'] })],
		['no version', JSON.stringify({ completed: ['t/week-1'] })],
		['completed not a list', JSON.stringify({ version: 1, completed: 't/week-1' })],
	])('discards %s silently and removes it', (_name, raw) => {
		const storage = memoryStore({ [storageKey('progress', 't')]: raw });
		expect(loadProgress(storage, 't', ids)).toEqual([]);
		expect(storage.data.has(storageKey('progress', 't'))).toBe(false);
	});

	it('drops module ids that no longer exist and non-string entries', () => {
		const raw = JSON.stringify({ version: 1, completed: ['t/week-2', 't/removed', 7, null] });
		expect(loadProgress(memoryStore({ [storageKey('progress', 't')]: raw }), 't', ids)).toEqual(['t/week-2']);
	});

	it('treats nothing stored as no progress', () => {
		expect(loadProgress(memoryStore(), 't', ids)).toEqual([]);
	});

	it('ignores data from an earlier key version', () => {
		const storage = memoryStore({ 'portal:progress:v0:t': JSON.stringify({ version: 1, completed: ['t/week-1'] }) });
		expect(loadProgress(storage, 't', ids)).toEqual([]);
	});

	it('keeps tracks apart and resets one', () => {
		const storage = memoryStore();
		saveProgress(storage, 't', ['t/week-1']);
		saveProgress(storage, 'u', ['u/week-1']);
		resetProgress(storage, 't');
		expect(loadProgress(storage, 't', ids)).toEqual([]);
		expect(loadProgress(storage, 'u', ['u/week-1'])).toEqual(['u/week-1']);
	});

	it('survives a storage that throws (disabled or full)', () => {
		const broken = throwingStore;
		expect(loadProgress(broken, 't', ids)).toEqual([]);
		expect(() => saveProgress(broken, 't', ['t/week-1'])).not.toThrow();
		expect(() => resetProgress(broken, 't')).not.toThrow();
	});
});

describe('progress as the pages show it', () => {
	const modules = ids.map((id, index) => ({ id, title: `Module ${index + 1}`, url: `/${id}/` }));

	it('counts with real plurals', () => {
		expect(progressCount(3, 8)).toBe('3 of 8 modules done');
		expect(progressCount(0, 1)).toBe('0 of 1 module done');
	});

	it('says "Start here" to a newcomer, "Continue" with the next module after that, nothing once finished', () => {
		expect(startHere(trackStatus(modules, []))).toMatchObject({ lead: 'Just joined?', link: 'Start here: Module 1' });
		const half = trackStatus(modules, ['t/week-1', 't/week-3']);
		expect(half).toMatchObject({ done: 2, total: 4, finished: false, next: { id: 't/week-2' } });
		expect(startHere(half)).toMatchObject({ lead: 'Welcome back.', link: 'Continue: Module 2', url: '/t/week-2/' });
		const all = trackStatus(modules, ids);
		expect(all.finished).toBe(true);
		expect(startHere(all)).toBeUndefined();
	});

	it('undoes a reset, keeping marks made since', () => {
		const storage = memoryStore();
		saveProgress(storage, 't', ['t/week-1', 't/week-2']);
		const erased = loadProgress(storage, 't', ids);
		resetProgress(storage, 't');
		expect(storage.data.has(storageKey('progress', 't'))).toBe(false);
		saveProgress(storage, 't', ['t/week-4']);
		expect(undoReset(storage, 't', ids, erased)).toEqual(['t/week-1', 't/week-2', 't/week-4']);
		expect(loadProgress(storage, 't', ids)).toEqual(['t/week-1', 't/week-2', 't/week-4']);
		expect(undoResetMs).toBeGreaterThanOrEqual(5_000);
	});
});
