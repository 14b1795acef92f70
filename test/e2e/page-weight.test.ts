import { describe, expect, it } from 'vitest';
import { budgets, weighPage } from '../../bench/lib/page-weight';
import { base, distDir, listPages } from './support/site';

// Byte counts of the real build are deterministic, so the budget is a test; timings live in bench/.
describe('JavaScript budget', () => {
	const weights = listPages(distDir).map((page) => weighPage(distDir, page, base));

	it.each(weights.filter((w) => !w.hasIsland).map((w) => [w.page, w] as const))(
		'%s ships at most 3 KB gzip of JavaScript',
		(_page, weight) => {
			expect(weight.js).toBeLessThanOrEqual(budgets.contentPageJs);
		},
	);

	it.each(weights.filter((w) => w.hasIsland).map((w) => [w.page, w] as const))(
		'%s (an island page) ships at most 80 KB gzip of JavaScript',
		(_page, weight) => {
			expect(weight.js).toBeLessThanOrEqual(budgets.islandPageJs);
		},
	);

	it('counts the inline theme script on every page', () => {
		for (const weight of weights) expect(weight.js).toBeGreaterThan(0);
	});
});
