import { describe, expect, it } from 'vitest';
import { trackToContinue, type TrackForContinue } from '../../../src/lib/onboarding/progress';

const track = (id: string, count: number): TrackForContinue => ({
	id,
	title: `Track ${id}`,
	modules: Array.from({ length: count }, (_, i) => ({
		id: `${id}/m${i + 1}`,
		title: `Module ${i + 1}`,
		url: `/${id}/m${i + 1}/`,
	})),
});
const tracks = [track('a', 4), track('b', 5)];

describe('trackToContinue', () => {
	it('is undefined before any module is marked', () => {
		expect(trackToContinue(tracks, () => [])).toBeUndefined();
	});
	it('offers the next unread module of the track furthest along', () => {
		const marks: Record<string, string[]> = { a: ['a/m1'], b: ['b/m1', 'b/m2', 'b/m4'] };
		const found = trackToContinue(tracks, (t) => marks[t.id] ?? []);
		expect(found).toMatchObject({ track: { id: 'b' }, next: { id: 'b/m3', url: '/b/m3/' }, done: 3, total: 5 });
	});
	it('skips a finished track and breaks ties by order', () => {
		const finished = { a: ['a/m1', 'a/m2', 'a/m3', 'a/m4'], b: ['b/m1'] } as Record<string, string[]>;
		expect(trackToContinue(tracks, (t) => finished[t.id] ?? [])?.track.id).toBe('b');
		const tied = [track('x', 2), track('y', 2)];
		expect(trackToContinue(tied, (t) => [`${t.id}/m1`])?.track.id).toBe('x');
	});
});
