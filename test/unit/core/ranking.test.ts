import { describe, expect, it } from 'vitest';
import { countIn, perList, topScored } from '../../../src/lib/core/ranking';

/** The obvious version topScored replaces: a stable sort by score, then a slice. */
const naive = <T>(items: T[], score: (item: T) => number, limit: number) =>
	items
		.map((item) => ({ item, score: score(item) }))
		.filter((entry) => entry.score > 0)
		.sort((a, b) => b.score - a.score)
		.slice(0, Math.max(0, limit))
		.map(({ item }) => item);

describe('topScored', () => {
	it('keeps the best positive scores, ties in list order', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		const scores: Record<string, number> = { a: 1, b: 3, c: 0, d: 3, e: 2 };
		expect(topScored(items, (item) => scores[item]!, 3)).toEqual(['b', 'd', 'e']);
		expect(topScored(items, (item) => scores[item]!, 10)).toEqual(['b', 'd', 'e', 'a']);
		expect(topScored(items, (item) => scores[item]!, 0)).toEqual([]);
		expect(topScored(items, () => 0, 3)).toEqual([]);
	});

	it('agrees with a stable sort and slice on 2,000 random lists', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let run = 0; run < 2000; run++) {
			const items = Array.from({ length: Math.floor(random() * 30) }, (_, index) => ({
				index,
				score: Math.floor(random() * 6) - 1,
			}));
			const limit = Math.floor(random() * 6) - 1;
			const score = (item: { score: number }) => item.score;
			expect(topScored(items, score, limit)).toEqual(naive(items, score, limit));
		}
	});
});

describe('perList', () => {
	it('derives once per list object', () => {
		let calls = 0;
		const total = perList((list: number[]) => {
			calls++;
			return list.reduce((a, b) => a + b, 0);
		});
		const list = [1, 2, 3];
		expect([total(list), total(list), total([4])]).toEqual([6, 6, 4]);
		expect(calls).toBe(2);
	});
});

describe('countIn', () => {
	it('counts the values found in the set', () => {
		expect(countIn(['a', 'b', 'c'], new Set(['b', 'c', 'd']))).toBe(2);
		expect(countIn([], new Set(['a']))).toBe(0);
	});
});
