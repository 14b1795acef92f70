import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/lib/core/entry';
import { practiceNav } from '../../../src/lib/practices/practices';
import type { Practice } from '../../../src/lib/practices/schema';

const practice = (id: string, title: string, order: number): Entry<Practice> => ({
	id,
	data: { title, order, summary: 'A summary.', tags: ['governance'], related: [], printable: false },
});

describe('practice navigation', () => {
	it('lists every article in index order and marks the one on screen', () => {
		const all = [practice('b', 'Bravo', 2), practice('c', 'Charlie', 1), practice('a', 'Alpha', 2)];
		expect(practiceNav(all, 'a', (id) => `/practices/${id}/`)).toEqual([
			{ label: 'Charlie', url: '/practices/c/', current: false },
			{ label: 'Alpha', url: '/practices/a/', current: true },
			{ label: 'Bravo', url: '/practices/b/', current: false },
		]);
	});

	it('marks nothing when the page is not an article', () => {
		expect(practiceNav([practice('a', 'Alpha', 1)], '', String).every((link) => !link.current)).toBe(true);
	});
});
